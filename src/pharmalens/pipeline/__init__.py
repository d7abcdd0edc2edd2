"""The stages run over a batch: sources -> documents -> extraction (in this process, in worker
processes or on Dask workers) -> resolve -> store, with one writer."""
from .run import RunReport, extract, run

__all__ = ["RunReport", "extract", "run"]
