"""The door's user error: what a command shows as one line, exit status 2, without a traceback.

Its own module so that the parser (``app.cli``) and the handlers it dispatches to
(``app.commands_*``) both import it without importing each other.
"""


class CommandError(Exception):
    """An error to show the user as one line, without a traceback."""
