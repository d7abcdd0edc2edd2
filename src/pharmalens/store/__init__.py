"""The store: documents, companies and facts in SQLite (default) or PostgreSQL.

Only this package talks SQL. One document is written per transaction, facts keyed by their
content-hash ids, so saving the same bundle twice changes nothing.
"""
from .api import Store
from .database import StoreError, mask_url
from .deadlines import DeadlinePassed, deadline
from .migrate import alembic_config
from .repository import FACT_KINDS
from .writes import SaveOutcome

__all__ = ["FACT_KINDS", "DeadlinePassed", "deadline", "SaveOutcome", "Store", "StoreError", "alembic_config", "mask_url"]
