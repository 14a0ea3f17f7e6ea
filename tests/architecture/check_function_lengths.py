#!/usr/bin/env python3
"""Fails when a production function is too long (docs/architecture.md: none over 100 lines, at
most 10 over 60). A function is counted from the first line of its signature to its closing
brace, found by the layout .clang-format gives: the opening brace of a function body stands on a
line of its own at the signature's indentation (lambdas and control statements open theirs at
the end of a line and count as part of the function around them).

Usage: check_function_lengths.py SOURCE_DIR [MAX_LINES [LONG_LINES MAX_LONG]]
       (defaults: 100, and at most 10 over 60)"""
import os
import re
import sys

FOLDERS = ('app', 'ui', 'models', 'emulator', 'resources')
NOT_A_FUNCTION = re.compile(r'(template<.*>\s*)?(struct|class|enum|union|namespace)\b')


def functions(path):
    """(lines, first line, signature) of each function body in a file."""
    with open(path, encoding='utf-8', errors='replace') as f:
        lines = f.read().split('\n')
    for i, line in enumerate(lines):
        brace = re.fullmatch(r'(\s*)\{', line)
        if not brace:
            continue
        indent = brace.group(1)
        # The signature starts at the nearest earlier line at the brace's indentation; the lines
        # between (parameters, initialisers) are indented further.
        j = i - 1
        while j >= 0 and (not lines[j].strip() or lines[j].strip().startswith('//') or
                          not lines[j].startswith(indent) or
                          lines[j][len(indent):len(indent) + 1] in (' ', '\t')):
            j -= 1
        signature = lines[j].strip() if j >= 0 else ''
        if (NOT_A_FUNCTION.match(signature) or signature.endswith('=') or
                '(' not in ' '.join(lines[j:i])):
            continue
        end = i + 1
        while end < len(lines) and not re.match(re.escape(indent) + r'\}', lines[end]):
            end += 1
        yield end - j + 1, j + 1, signature


def main():
    root = sys.argv[1]
    most = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    long_lines = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    max_long = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    found = []
    for folder in FOLDERS:
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if name.endswith(('.cpp', '.h')):
                    path = os.path.join(directory, name)
                    for length, first, signature in functions(path):
                        found.append((length, os.path.relpath(path, root), first, signature))
    found.sort(reverse=True)
    too_long = [f for f in found if f[0] > most]
    long = [f for f in found if f[0] > long_lines]
    print(f'{len(found)} functions; over {most} lines: {len(too_long)}; '
          f'over {long_lines}: {len(long)} (at most {max_long})')
    for length, path, first, signature in found[:5]:
        print(f'  {length:4} {path}:{first} {signature[:80]}')
    for length, path, first, signature in too_long:
        print(f'FAIL: {path}:{first} is {length} lines, more than {most}: {signature[:80]}')
    if len(long) > max_long:
        print(f'FAIL: {len(long)} functions over {long_lines} lines, more than {max_long}')
    return 1 if too_long or len(long) > max_long else 0


if __name__ == '__main__':
    sys.exit(main())
