"""User actions: one mechanism, in the manner of Anki's CollectionOp / QueryOp.

Every change a designer makes, and every long task, is an `Operation` made by a small
factory of its area (`outline`, `blocks`, `objects`, `imports`, `export`, `library`)
and run by the view that asked for it:

    view ──factory(context, …)──▶ Operation ──run()──┬─ foreground: now, on this thread
                                                     └─ background: writer thread (one)
                                                        or reader pool, progress dialog
    action(session) in ONE transaction ◀─────────────┘  with Cancel → job.cancel()
    work(job): own transactions, job.progress / job.check()
        │ plain data (never ORM objects)
        ▼ on the window's thread (signals)
    undoable? push one LibraryCommand (snapshots) → success(result) handlers
    error? failure handler, else report_error (one place; Cancelled says nothing)

The model's `Job` is the one progress convention (done, total, text) and the one way to
cancel (`check()` between units). A Session never crosses threads: a background action
opens its transaction on the worker.
"""

from authoring.ui.operations.operation import (  # noqa: F401
    Context, Operation, cancel_all_and_wait, report_error, running,
)
from authoring.ui.operations.workers import activity  # noqa: F401
