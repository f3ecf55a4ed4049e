"""The two staff roles, as exact permission lists (applied by a data migration).

Editors write and submit for review; Publishers also publish, unpublish and withdraw.
Nobody but a superuser deletes a record: withdraw it instead, so its address says so.
"""

RECORDS = [("laws", "law"), ("protocols", "protocol"), ("resources", "resource")]
VOCABULARY = [("resources", "topic"), ("resources", "audience")]
SITE = [("network_site", "helpline"), ("network_site", "sitepage")]

EDITOR = [
    *(f"{app}.{verb}_{model}" for app, model in RECORDS for verb in ("view", "add", "change")),
    *(f"{app}.{verb}_{model}" for app, model in VOCABULARY for verb in ("view", "add", "change")),
    *(f"{app}.view_{model}" for app, model in SITE),
]
PUBLISHER = [
    *EDITOR,
    *(f"{app}.publish_{model}" for app, model in RECORDS),
    *(f"{app}.change_{model}" for app, model in SITE),
]
ROLES = {"Editor": EDITOR, "Publisher": PUBLISHER}
