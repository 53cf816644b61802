/**
 * Messages of re-anchoring (issue 14): a new version's annotations that could not be placed (orphans),
 * listed in the panel to be placed by hand or deleted. Spread into both catalogues by messages.ts.
 */
export const reanchorEn = {
  'command.orphan-next': 'Choose the next orphaned annotation',
  'command.orphan-place': 'Place the chosen orphan on the selected text',
  'command.orphan-delete': 'Delete the chosen orphan',
  'reanchor.title': '{count, plural, one {# orphaned annotation} other {# orphaned annotations}}',
  'reanchor.explain':
    'A new version of this article was imported and these passages could not be found in it with confidence. Choose one (O), select its text in the article and press P to place it there, or delete it (Shift+Delete).',
  'reanchor.list': 'Orphaned annotations',
  'reanchor.reason.quote-not-found': 'its text is no longer in the article',
  'reanchor.reason.ambiguous': 'its text is in several places',
  'reanchor.reason.low-confidence': 'only a doubtful match was found',
  'reanchor.place': 'Place on selection',
  'reanchor.delete': 'Delete',
  'reanchor.chosen': 'Chosen: {quote}',
  'reanchor.selectFirst': 'Select its passage in the article first, then press P.',
  'reanchor.chooseFirst': 'Choose an orphan first (O).',
  'reanchor.alreadyTagged': 'That passage already has this tag.',
  'reanchor.placed': 'Placed. Ctrl+Z takes it back.',
  'reanchor.deleted': 'Deleted. Ctrl+Z brings it back.',
  'import.reanchored':
    '{moved, plural, one {# annotation moved} other {# annotations moved}} to the new versions ({approximate, number} of them approximately); {orphaned, plural, =0 {none orphaned} one {# orphaned: listed in the panel} other {# orphaned: listed in the panel}}.',
} as const;

export const reanchorAr: Record<keyof typeof reanchorEn, string> = {
  'command.orphan-next': 'اختيار الوسم اليتيم التالي',
  'command.orphan-place': 'وضع الوسم اليتيم المختار على النص المحدد',
  'command.orphan-delete': 'حذف الوسم اليتيم المختار',
  'reanchor.title': '{count, plural, zero {لا وسوم يتيمة} one {وسم يتيم واحد} two {وسمان يتيمان} few {# وسوم يتيمة} many {# وسمًا يتيمًا} other {# وسم يتيم}}',
  'reanchor.explain': 'استُوردت نسخة جديدة من هذا المقال ولم يُعثر فيها بثقة على هذه المقاطع. اختر واحدًا (O)، وحدد نصه في المقال ثم اضغط P لوضعه هناك، أو احذفه (Shift+Delete).',
  'reanchor.list': 'الوسوم اليتيمة',
  'reanchor.reason.quote-not-found': 'لم يعد نصه في المقال',
  'reanchor.reason.ambiguous': 'نصه موجود في أكثر من موضع',
  'reanchor.reason.low-confidence': 'لم يوجد إلا تطابق مشكوك فيه',
  'reanchor.place': 'وضعه على التحديد',
  'reanchor.delete': 'حذف',
  'reanchor.chosen': 'المختار: {quote}',
  'reanchor.selectFirst': 'حدد مقطعه في المقال أولًا، ثم اضغط P.',
  'reanchor.chooseFirst': 'اختر وسمًا يتيمًا أولًا (O).',
  'reanchor.alreadyTagged': 'هذا المقطع يحمل هذا الوسم من قبل.',
  'reanchor.placed': 'وُضع. يتراجع عنه Ctrl+Z.',
  'reanchor.deleted': 'حُذف. يعيده Ctrl+Z.',
  'import.reanchored':
    '{moved, plural, zero {لم يُنقل أي وسم} one {نُقل وسم واحد} two {نُقل وسمان} few {نُقلت # وسوم} many {نُقل # وسمًا} other {نُقل # وسم}} إلى النسخ الجديدة (بالتقريب: {approximate, number})؛ {orphaned, plural, zero {ولا وسوم يتيمة} one {ووسم واحد يتيم مدرج في اللوحة} two {ووسمان يتيمان مدرجان في اللوحة} few {و# وسوم يتيمة مدرجة في اللوحة} many {و# وسمًا يتيمًا مدرجًا في اللوحة} other {و# وسم يتيم مدرج في اللوحة}}.',
};
