"""Nesting bounded before docutils sees it.

docutils parses each level of nested lists, block quotes or definitions with a nested state
machine, about six Python frames a level: some 160 levels exhaust Python's recursion limit
inside docutils (a RecursionError, not a message). RST nests by indentation, so the levels are
counted as a tokenizer counts INDENTs; a line deeper than ``MAX_NESTING`` levels is blanked (the
line count stays, so every other line keeps its number) and the first of each run of such lines
is RST171. No document written for people nests anywhere near that deep.
"""

from __future__ import annotations

import re

__all__ = ["MAX_NESTING", "bound_nesting"]

MAX_NESTING = 40


# A line that could be nested deeper than MAX_NESTING levels: each level is at least a column
# deeper, so its indent (whitespace as ``str.lstrip`` sees it, a tab up to eight columns) spans
# more than MAX_NESTING columns. Text without one (nearly every document) is not scanned line by line.
_MAYBE_DEEP = re.compile(rf"^(?:[^\S\n]{{{MAX_NESTING + 1}}}|[^\S\n]*\t)", re.MULTILINE)


def bound_nesting(text: str) -> tuple[str, list[int]]:
    """``text`` with the lines nested deeper than MAX_NESTING blanked, and the (1-based) first line
    of each run of them."""
    if _MAYBE_DEEP.search(text) is None:
        return text, []
    lines = text.split("\n")
    stack = [0]
    first_lines: list[int] = []
    deep = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        indent = len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())
        while indent < stack[-1]:
            stack.pop()
        if indent > stack[-1]:
            stack.append(indent)
        if len(stack) - 1 > MAX_NESTING:
            lines[number - 1] = ""
            if not deep:
                first_lines.append(number)
            deep = True
        else:
            deep = False
    return ("\n".join(lines) if first_lines else text), first_lines
