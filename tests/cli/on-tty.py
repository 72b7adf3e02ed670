# SPDX-License-Identifier: MIT
"""tests/cli/on-tty.py COLUMNS [--type=TEXT --after=MARK] COMMAND...: runs
COMMAND with its standard input and output on a new pseudo-terminal of
COLUMNS columns and 24 lines (as a terminal set with `stty cols COLUMNS`
is) and copies what it wrote there to standard output, the terminal's CR
LF line ends turned back into LF.  With --type, TEXT (ASCII, C escapes such as
\\t and \\n read as such) is typed on the terminal once COMMAND has written
MARK (an interactive shell's prompt: then its line editor reads it).
Standard error stays this program's own.  Exits with COMMAND's status
(128 + N for a signal N)."""
import fcntl
import os
import pty
import struct
import sys
import termios


def main():
    columns = int(sys.argv[1])
    command = sys.argv[2:]
    typed = mark = None
    if command and command[0].startswith("--type="):
        typed = command[0][len("--type="):].encode().decode("unicode_escape")
        mark = command[1][len("--after="):].encode()
        command = command[2:]
    error = os.dup(2)
    pid, master = pty.fork()
    if pid == 0:
        # Set before the command starts: its first TIOCGWINSZ sees it.
        fcntl.ioctl(1, termios.TIOCSWINSZ,
                    struct.pack("HHHH", 24, columns, 0, 0))
        os.dup2(error, 2)
        os.execvp(command[0], command)
    output = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break  # EIO: the command closed its end
        if not chunk:
            break
        output += chunk
        if typed is not None and mark in output:
            os.write(master, typed.encode())
            typed = None
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(output.replace(b"\r\n", b"\n"))
    if os.WIFSIGNALED(status):
        sys.exit(128 + os.WTERMSIG(status))
    sys.exit(os.WEXITSTATUS(status))


main()
