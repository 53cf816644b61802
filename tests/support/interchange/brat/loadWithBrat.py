# Opens a folder of brat standoff files with brat's own server code, the way brat's web server
# does when an annotator opens the collection and then each document, and prints what brat made
# of it as JSON: every message brat raised (warnings and errors included), the document data it
# would send to its browser client, the text of each text-bound annotation as brat parsed it, and
# the issues brat's verifier (verify_annotations.py) finds against annotation.conf.
#
# Usage: python3 loadWithBrat.py <brat source checkout> <collection folder>
#
# brat is Python 2-era code partly ported to Python 3. Two small shims, both in this folder and
# none in brat's files, let it run on Python 3.11: a stand-in for the config.py an installation
# generates (pythonShims/config.py) and for the `filelock` package (pythonShims/filelock.py); and
# brat's open_textfile asks for the 'U' file mode that Python 3.11 removed, so the driver replaces
# it by the same UTF-8 strict opening without 'U' (the files read here use '\n' only).
#
# brat's annotation.py imports WORK_DIR from its `common` module, which does not define it (in
# brat's own server too), so annotation.py runs in its "programmatic" mode: its messages (a
# span's missing text, an undefined id…) go to each document's own collector instead of brat's
# Messager, and it writes an .ann back without taking a lock. The driver therefore reads those
# collectors and compares every .ann before and after brat opened it.
import codecs
import json
import os
import shutil
import sys
import tempfile

brat_source, collection = sys.argv[1], os.path.abspath(sys.argv[2])
shims = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pythonShims')
work_dir = tempfile.mkdtemp(prefix='isnad-brat-work-')
# brat looks for a collection's configuration from its folder up to BASE_DIR, which an
# installation has above its data: here the collection's parent is both.
os.environ['ISNAD_BRAT_BASE_DIR'] = os.path.dirname(collection)
os.environ['ISNAD_BRAT_DATA_DIR'] = os.path.dirname(collection)
os.environ['ISNAD_BRAT_WORK_DIR'] = work_dir
sys.path[:0] = [shims, os.path.join(brat_source, 'server', 'src')]

import annotation  # noqa: E402


def open_textfile(filename, mode='r'):
    return codecs.open(filename, mode.replace('U', ''), encoding='utf8', errors='strict')


annotation.open_textfile = open_textfile

import filelock  # noqa: E402
from message import Messager  # noqa: E402
import session  # noqa: E402

session.init_session('127.0.0.1')

import document  # noqa: E402
from projectconfig import ProjectConfiguration  # noqa: E402
from verify_annotations import verify_annotation  # noqa: E402

collection_name = '/' + os.path.basename(collection)
out = {'steps': [], 'documents': []}


def ann_files():
    """Every .ann of the collection and its bytes: brat creates or rewrites them while loading, which the driver reports."""
    found = {}
    for name in os.listdir(collection):
        if name.endswith('.ann'):
            with open(os.path.join(collection, name), 'rb') as f:
                found[name] = f.read()
    return found


anns_before = ann_files()


def step(name, action):
    """Runs one of brat's actions and keeps every message it raised, and its exception if any."""
    try:
        value = action()
        failure = None
    except Exception as e:  # brat's own refusal: reported, not raised, so the reader can say what
        value = None
        failure = '%s: %s' % (type(e).__name__, e)
    messages = Messager.output_json({}).get('messages', [])
    out['steps'].append({'step': name, 'messages': [[m[0], m[1]] for m in messages], 'exception': failure})
    return value


listing = step('open collection ' + collection_name, lambda: document.get_directory_information(collection_name))
if listing is not None:
    out['collection'] = {
        'entity_types': [t['type'] for t in listing['entity_types'] if t is not None],
        'relation_types': [t['type'] for t in listing['relation_types'] if t is not None],
        'entity_attribute_types': [t['type'] for t in listing['entity_attribute_types']],
        'text_direction': listing['visual_options']['text_direction'],
        'items': listing['items'],
        'header': [h[0] for h in listing['header']],
    }
    labels = ProjectConfiguration(collection).get_labels()
    out['collection']['labels'] = labels
    drawing = ProjectConfiguration(collection)
    out['collection']['drawing'] = {t: drawing.get_drawing_config_by_type(t) for t in drawing.get_drawing_types()}
    names = [item[2] for item in listing['items'] if item[0] == 'd']
    for name in sorted(names):
        path = os.path.join(collection, name)

        def verify():
            with annotation.TextAnnotations(path, read_only=True) as ann:
                texts = {t.id: t.get_text() for t in ann.get_textbounds()}
                issues = [[str(i.ann_id), i.type, i.description] for i in verify_annotation(ann, ProjectConfiguration(collection))]
                collected = ann.get_messages() if annotation.PROGRAMMATIC else None
                said = [] if collected is None else [[m, 'error'] for m in collected.errors] + [[m, 'warning'] for m in collected.warnings]
                return texts, issues, list(ann.failed_lines), said

        # Read-only first: opening the document as brat's server does may rewrite its .ann.
        verified = step('verify document ' + name, verify)
        doc = step('open document ' + name, lambda: document.get_document(collection_name, name))
        if doc is None or verified is None:
            continue
        texts, issues, failed, said = verified
        out['documents'].append({
            'name': name,
            'text': doc['text'],
            'entities': doc['entities'],
            'spanTexts': texts,
            'attributes': doc['attributes'],
            'relations': doc['relations'],
            'comments': doc['comments'],
            'issues': issues,
            'failedLines': failed,
            'parseMessages': said,
        })

out['locksTaken'] = filelock.taken
anns_after = ann_files()
out['annsWritten'] = sorted(n for n in anns_after if anns_before.get(n) != anns_after[n])
shutil.rmtree(work_dir, ignore_errors=True)
json.dump(out, sys.stdout, ensure_ascii=True)
