/**
 * Messages of issue 14's "nothing lost" part: a library that will not open, writes that fail, and
 * automatic backups. Kept apart from messages.ts (same rules as there); written for analysts, not
 * engineers: what happened, what is safe, what to do. The browser's own words go in "details".
 */
export const backupEn = {
  'command.backup-settings': 'Automatic backups…',

  'openFailure.title.blocked': 'Waiting for another Isnad window',
  'openFailure.explain.blocked':
    'Isnad is open in another window or tab that uses an older version of the library and is not letting go of it. Close that window (or reload it); Isnad carries on by itself as soon as it can. Nothing has been changed.',
  'openFailure.title.unreadable': 'Isnad cannot open your library',
  'openFailure.explain.unreadable':
    'The files in which this computer keeps your library could not be read. They may be damaged. Isnad has not changed or deleted them. You can restore your last backup into a new library; the damaged one is left as it is.',
  'openFailure.title.quota': 'There is no room to open your library',
  'openFailure.explain.quota':
    'The disk, or the space the browser allows Isnad, is full, so the library cannot be opened. Nothing has been deleted. Free some disk space and try again, or restore your last backup into a new library.',
  'openFailure.title.newer': 'This library belongs to a newer Isnad',
  'openFailure.explain.newer': 'A newer version of Isnad has already updated this library, and this version cannot read it. Use the newer version. Nothing has been changed or deleted.',
  'openFailure.title.unavailable': 'This browser keeps no storage for Isnad',
  'openFailure.explain.unavailable': 'The browser does not let Isnad store anything (a private window or a locked-down profile may do this). Open Isnad in a normal window, or use the desktop app.',
  'openFailure.title.lost': 'Your library came back empty',
  'openFailure.explain.lost':
    'Isnad opened, but the library that was on this computer is gone: the browser found its storage damaged and reset it, or it was cleared. Isnad has not started an empty library in its place. Restore your last backup, or start afresh only if you mean to.',
  'openFailure.unreadableWeb':
    'A browser keeps all of a site’s storage together, so while these files are damaged it cannot make a new library beside them either. To start again: keep your downloaded bundles, clear this site’s data in the browser’s settings (this removes the damaged library), reload, and restore from a bundle.',
  'openFailure.details': 'Details from the browser',
  'openFailure.retry': 'Try again',
  'openFailure.setAside': 'Set the damaged library aside and restart',
  'openFailure.confirmSetAside':
    'Isnad will restart. Its damaged files are moved to a folder of their own beside it (nothing is deleted), and the last automatic backup is offered once it has started.',
  'openFailure.restoreLast': 'Restore the last automatic backup ({date})',
  'openFailure.restoreFile': 'Restore from a bundle file…',
  'openFailure.startEmpty': 'Start a new, empty library',
  'openFailure.noBackup': 'No automatic backup has been made on this computer yet. If you exported a project bundle (a file ending in .isnad.json), restore from it.',
  'openFailure.webBackups': 'In the browser, your backups are the project bundles you downloaded (files ending in .isnad.json).',
  'openFailure.confirmRestore': 'Restore “{name}” into a new library?',
  'openFailure.confirmEmpty': 'Start a new, empty library?',
  'openFailure.confirmKeeps': 'The library that would not open is kept on this computer as it is, untouched. From now on Isnad uses the new one.',
  'openFailure.confirm': 'Yes, go ahead',
  'openFailure.cancel': 'Cancel',
  'openFailure.restoring': 'Restoring “{name}”…',
  'openFailure.restoreFailed': 'Could not restore “{name}”: {problem}',

  'storage.quota': 'Not saved: there is no room left to store your library, so your last change was not kept. Free some disk space, or export a bundle (Ctrl+E) to keep your work, then try again.',
  'storage.failed': 'Not saved: the library’s storage refused your last change, so it was not kept. Try again; if this goes on, export a bundle (Ctrl+E) and reload Isnad.',
  'storage.closed': 'The library’s storage stopped working, so nothing more can be saved. Export a bundle (Ctrl+E) if you can, then reload Isnad; if it does not open, restore your last backup.',
  'storage.dismiss': 'Dismiss',

  'backup.title': 'Automatic backups',
  'backup.schedule': 'Back up the whole library',
  'backup.interval.0': 'Never',
  'backup.interval.15': 'Every 15 minutes',
  'backup.interval.60': 'Every hour',
  'backup.interval.240': 'Every 4 hours',
  'backup.interval.1440': 'Every day',
  'backup.desktopNote':
    'Each backup is a project bundle kept in Isnad’s own data folder; the newest {count, plural, one {# is} other {# are}} kept. If your library ever fails to open, Isnad offers to restore the last one.',
  'backup.webNote':
    'A browser page cannot keep files of its own: on this schedule Isnad reminds you to download a project bundle. Keep those files: if your library ever fails to open, you restore from one.',
  'backup.last': 'Last backup: {date}',
  'backup.none': 'No backup yet.',
  'backup.now': 'Back up now',
  'backup.downloadNow': 'Download a backup now',
  'backup.working': 'Backing up…',
  'backup.failed': 'The backup failed: {problem}',
  'backup.close': 'Close',
  'backup.kept': 'Backups kept',
  'backup.reminder': 'Time for a backup: download a project bundle of your library, so a day’s work cannot be lost.',
  'backup.later': 'Later',
} as const;

export const backupAr: Record<keyof typeof backupEn, string> = {
  'command.backup-settings': 'النسخ الاحتياطية التلقائية…',

  'openFailure.title.blocked': 'في انتظار نافذة أخرى من إسناد',
  'openFailure.explain.blocked': 'إسناد مفتوح في نافذة أو علامة تبويب أخرى تستعمل إصدارًا أقدم من المكتبة ولا تتركها. أغلق تلك النافذة (أو أعد تحميلها)، وسيتابع إسناد وحده حالما يستطيع. لم يتغير شيء.',
  'openFailure.title.unreadable': 'تعذّر على إسناد فتح مكتبتك',
  'openFailure.explain.unreadable':
    'تعذّرت قراءة الملفات التي يحفظ فيها هذا الحاسوب مكتبتك، وقد تكون تالفة. لم يغيّرها إسناد ولم يحذفها. يمكنك استعادة آخر نسخة احتياطية في مكتبة جديدة، وتبقى التالفة كما هي.',
  'openFailure.title.quota': 'لا مساحة لفتح مكتبتك',
  'openFailure.explain.quota': 'امتلأ القرص، أو المساحة التي يسمح بها المتصفح لإسناد، فتعذّر فتح المكتبة. لم يُحذف شيء. أفرغ بعض المساحة وحاول مجددًا، أو استعد آخر نسخة احتياطية في مكتبة جديدة.',
  'openFailure.title.newer': 'هذه المكتبة لإصدار أحدث من إسناد',
  'openFailure.explain.newer': 'حدّث إصدارٌ أحدث من إسناد هذه المكتبة، ولا يستطيع هذا الإصدار قراءتها. استعمل الإصدار الأحدث. لم يتغير شيء ولم يُحذف شيء.',
  'openFailure.title.unavailable': 'هذا المتصفح لا يحفظ شيئًا لإسناد',
  'openFailure.explain.unavailable': 'لا يسمح المتصفح لإسناد بحفظ أي شيء (قد تفعل ذلك النوافذ الخاصة أو الملفات الشخصية المقيّدة). افتح إسناد في نافذة عادية، أو استعمل تطبيق سطح المكتب.',
  'openFailure.title.lost': 'عادت مكتبتك فارغة',
  'openFailure.explain.lost':
    'فُتح إسناد، لكن المكتبة التي كانت على هذا الحاسوب اختفت: وجد المتصفح مخزنها تالفًا فأعاد تهيئته، أو مُسح. لم يبدأ إسناد مكتبة فارغة مكانها. استعد آخر نسخة احتياطية، أو ابدأ من جديد إن كنت تقصد ذلك فقط.',
  'openFailure.unreadableWeb':
    'يحفظ المتصفح كل مخزن الموقع معًا، فلا يستطيع ما دامت هذه الملفات تالفة أن يصنع مكتبة جديدة بجانبها. لتبدأ من جديد: احتفظ بالحزم التي نزّلتها، وامسح بيانات هذا الموقع من إعدادات المتصفح (يزيل ذلك المكتبة التالفة)، ثم أعد التحميل واستعد من حزمة.',
  'openFailure.details': 'تفاصيل من المتصفح',
  'openFailure.retry': 'حاول مجددًا',
  'openFailure.setAside': 'نحِّ المكتبة التالفة جانبًا وأعد التشغيل',
  'openFailure.confirmSetAside': 'سيُعاد تشغيل إسناد. تُنقل ملفاته التالفة إلى مجلد خاص بها بجانبه (دون حذف شيء)، وتُعرض آخر نسخة احتياطية تلقائية بعد بدء التشغيل.',
  'openFailure.restoreLast': 'استعادة آخر نسخة احتياطية تلقائية ({date})',
  'openFailure.restoreFile': 'الاستعادة من ملف حزمة…',
  'openFailure.startEmpty': 'بدء مكتبة جديدة فارغة',
  'openFailure.noBackup': 'لم تُصنع بعدُ أي نسخة احتياطية تلقائية على هذا الحاسوب. إن كنت صدّرت حزمة مشروع (ملفًا ينتهي بـ ⁦.isnad.json⁩) فاستعد منها.',
  'openFailure.webBackups': 'في المتصفح، نسخك الاحتياطية هي حزم المشروع التي نزّلتها (ملفات تنتهي بـ ⁦.isnad.json⁩).',
  'openFailure.confirmRestore': 'استعادة «{name}» في مكتبة جديدة؟',
  'openFailure.confirmEmpty': 'بدء مكتبة جديدة فارغة؟',
  'openFailure.confirmKeeps': 'تبقى المكتبة التي تعذّر فتحها على هذا الحاسوب كما هي دون مساس. ومن الآن يستعمل إسناد المكتبة الجديدة.',
  'openFailure.confirm': 'نعم، تابع',
  'openFailure.cancel': 'إلغاء',
  'openFailure.restoring': 'جارٍ استعادة «{name}»…',
  'openFailure.restoreFailed': 'تعذّرت استعادة «{name}»: {problem}',

  'storage.quota': 'لم يُحفظ: لم تبقَ مساحة لحفظ مكتبتك، فلم يُحتفظ بآخر تغيير. أفرغ بعض مساحة القرص، أو صدّر حزمة (Ctrl+E) لتحفظ عملك، ثم حاول مجددًا.',
  'storage.failed': 'لم يُحفظ: رفض مخزن المكتبة آخر تغيير، فلم يُحتفظ به. حاول مجددًا، وإن تكرر ذلك فصدّر حزمة (Ctrl+E) وأعد تحميل إسناد.',
  'storage.closed': 'توقف مخزن المكتبة عن العمل، فلا يمكن حفظ شيء بعد الآن. صدّر حزمة (Ctrl+E) إن استطعت، ثم أعد تحميل إسناد، وإن لم يُفتح فاستعد آخر نسخة احتياطية.',
  'storage.dismiss': 'إخفاء',

  'backup.title': 'النسخ الاحتياطية التلقائية',
  'backup.schedule': 'نسخ المكتبة كاملة احتياطيًا',
  'backup.interval.0': 'أبدًا',
  'backup.interval.15': 'كل 15 دقيقة',
  'backup.interval.60': 'كل ساعة',
  'backup.interval.240': 'كل 4 ساعات',
  'backup.interval.1440': 'كل يوم',
  'backup.desktopNote':
    'كل نسخة احتياطية حزمة مشروع تُحفظ في مجلد بيانات إسناد نفسه، ويُحتفظ {count, plural, zero {بلا نسخ} one {بأحدث نسخة} two {بأحدث نسختين} few {بأحدث # نسخ} many {بأحدث # نسخة} other {بأحدث # نسخة}}. وإن تعذّر فتح مكتبتك يومًا عرض إسناد استعادة آخرها.',
  'backup.webNote': 'لا تستطيع صفحة المتصفح حفظ ملفات خاصة بها: فعلى هذا الجدول يذكّرك إسناد بتنزيل حزمة مشروع. احتفظ بتلك الملفات، فإن تعذّر فتح مكتبتك يومًا استعدتها من إحداها.',
  'backup.last': 'آخر نسخة احتياطية: {date}',
  'backup.none': 'لا نسخة احتياطية بعد.',
  'backup.now': 'انسخ احتياطيًا الآن',
  'backup.downloadNow': 'نزّل نسخة احتياطية الآن',
  'backup.working': 'جارٍ النسخ الاحتياطي…',
  'backup.failed': 'فشل النسخ الاحتياطي: {problem}',
  'backup.close': 'إغلاق',
  'backup.kept': 'النسخ المحفوظة',
  'backup.reminder': 'حان وقت النسخ الاحتياطي: نزّل حزمة مشروع من مكتبتك، كي لا يضيع عمل يوم كامل.',
  'backup.later': 'لاحقًا',
};
