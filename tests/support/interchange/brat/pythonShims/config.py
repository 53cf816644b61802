# Stands in for the config.py a brat installation generates from its template (brat's own files
# are never changed). Only what brat's document loading reads is defined; the directories come
# from the test driver through the environment.
import os

BASE_DIR = os.environ['ISNAD_BRAT_BASE_DIR']
DATA_DIR = os.environ['ISNAD_BRAT_DATA_DIR']
WORK_DIR = os.environ['ISNAD_BRAT_WORK_DIR']
ADMIN_CONTACT_EMAIL = 'nobody@example.invalid'
USER_PASSWORD = {}
MAX_SEARCH_RESULT_NUMBER = 1000
DEBUG = False
TUTORIALS = False
LOG_LEVEL = 'WARNING'
