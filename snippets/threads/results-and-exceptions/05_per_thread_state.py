"""Per-thread state: threading.local and context variables.

An attribute of a threading.local object has a separate value in each
thread: a thread that never set it does not have it at all. A
contextvars.ContextVar set in the main thread is not visible in a new
thread either, because the new thread starts with an empty context, so
get() raises LookupError unless the variable has a default. Running the
target through contextvars.copy_context().run gives the thread a copy of
the caller's context, and changes made in that copy stay in the copy.
"""

import contextvars
import threading

# test: output=exact

local = threading.local()
request_id = contextvars.ContextVar("request_id")
user = contextvars.ContextVar("user", default="anonymous")


def show(label):
    name = getattr(local, "name", "<not set>")
    try:
        rid = request_id.get()
    except LookupError:
        rid = "LookupError"
    print(f"{label}: local.name={name} request_id={rid} user={user.get()}")
    local.name = label  # only this thread sees this value
    request_id.set("changed in " + label)


def run_in_thread(target, *args):
    thread = threading.Thread(target=target, args=args)
    thread.start()
    thread.join(timeout=5)


def main():
    local.name = "main"
    request_id.set("r-17")
    user.set("alice")

    run_in_thread(show, "plain thread")
    context = contextvars.copy_context()
    run_in_thread(context.run, show, "thread in a copied context")

    print(f"main: local.name={local.name} request_id={request_id.get()}")
    print(f"the copy kept its change: {context[request_id]}")


if __name__ == "__main__":
    main()
