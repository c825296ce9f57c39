#!/usr/bin/env python3
# check-unmarked-strings.py: user-visible strings not marked for translation
#
# SPDX-FileCopyrightText: 2026 The Tovholder authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-unmarked-strings.py SOURCE_ROOT [FILE...]
#        check-unmarked-strings.py --self-test tests/data/unmarked-strings
#
# Finds string literals that reach the user without going through gettext:
#
#  * in C (src/ui, src/cli, src/export, src/store, src/core): a literal passed
#    as the text argument of a known setter or constructor (labels, titles,
#    subtitles, tooltips, placeholders, toasts, dialogs, menus, accessible
#    labels, GError messages, the CLI's output) and not wrapped in _(), N_(),
#    C_(), NC_(), ngettext or g_dngettext;
#  * in data/ui/*.ui: a label, title, subtitle, tooltip, placeholder, text,
#    description, heading, body, menu label, string-list item or dialog
#    response with text but without translatable="yes".
#
# A literal without letters once printf conversions, markup tags and entities
# are removed ("%s — %s", "<b>%s</b>", "•") is format only and passes.
# Anything else that must stay as it is (an id, a program name, a Danish legal
# term) is allowed by a comment on the same line or the line above:
#   C:   /* not translatable: why */
#   .ui: <!-- not translatable: why -->
#
# Exit status 0 when nothing is found, 1 with one line per finding.

import os
import re
import sys

ALLOW = 'not translatable'

# function -> positions of the arguments that are user-visible text
# (0-based); "pairs" means property-name/value pairs (g_object_set/new);
# "accessible" means GTK_ACCESSIBLE_PROPERTY_LABEL/DESCRIPTION values;
# "responses" means adw_message_dialog_add_responses' id/label pairs.
TEXT_ARGS = {
    # GTK
    'gtk_label_new': [0],
    'gtk_label_new_with_mnemonic': [0],
    'gtk_label_set_text': [1],
    'gtk_label_set_label': [1],
    'gtk_label_set_markup': [1],
    'gtk_label_set_text_with_mnemonic': [1],
    'gtk_label_set_markup_with_mnemonic': [1],
    'gtk_button_new_with_label': [0],
    'gtk_button_new_with_mnemonic': [0],
    'gtk_button_set_label': [1],
    'gtk_check_button_new_with_label': [0],
    'gtk_check_button_new_with_mnemonic': [0],
    'gtk_check_button_set_label': [1],
    'gtk_toggle_button_new_with_label': [0],
    'gtk_toggle_button_new_with_mnemonic': [0],
    'gtk_menu_button_set_label': [1],
    'gtk_frame_new': [0],
    'gtk_frame_set_label': [1],
    'gtk_window_set_title': [1],
    'gtk_widget_set_tooltip_text': [1],
    'gtk_widget_set_tooltip_markup': [1],
    'gtk_tooltip_set_text': [1],
    'gtk_tooltip_set_markup': [1],
    'gtk_entry_set_placeholder_text': [1],
    'gtk_text_set_placeholder_text': [1],
    'gtk_string_list_append': [1],
    'gtk_file_chooser_native_new': [0, 3, 4],
    'gtk_file_filter_set_name': [1],
    'gtk_print_operation_set_job_name': [1],
    'gtk_expander_new': [0],
    'gtk_expander_new_with_mnemonic': [0],
    'gtk_progress_bar_set_text': [1],
    'gtk_level_bar_add_offset_value': [],
    'gtk_text_buffer_set_text': [1],
    'gtk_editable_set_text': [1],
    'gtk_accessible_update_property': 'accessible',
    'g_object_set': 'pairs',
    'g_object_new': 'pairs',
    # libadwaita
    'adw_toast_new': [0],
    'adw_toast_set_title': [1],
    'adw_toast_set_button_label': [1],
    'adw_message_dialog_new': [1, 2],
    'adw_message_dialog_set_heading': [1],
    'adw_message_dialog_set_body': [1],
    'adw_message_dialog_format_heading': [1],
    'adw_message_dialog_format_body': [1],
    'adw_message_dialog_add_response': [2],
    'adw_message_dialog_set_response_label': [2],
    'adw_message_dialog_add_responses': 'responses',
    'adw_preferences_row_set_title': [1],
    'adw_preferences_group_set_title': [1],
    'adw_preferences_group_set_description': [1],
    'adw_preferences_page_set_title': [1],
    'adw_action_row_set_subtitle': [1],
    'adw_expander_row_set_subtitle': [1],
    'adw_window_title_new': [0, 1],
    'adw_window_title_set_title': [1],
    'adw_window_title_set_subtitle': [1],
    'adw_status_page_set_title': [1],
    'adw_status_page_set_description': [1],
    'adw_view_switcher_title_set_title': [1],
    'adw_view_switcher_title_set_subtitle': [1],
    'adw_view_stack_add_titled': [3],
    'adw_view_stack_page_set_title': [1],
    'adw_split_button_set_label': [1],
    'adw_button_content_set_label': [1],
    # GLib / GIO
    'g_set_application_name': [0],
    'g_menu_item_new': [0],
    'g_menu_append': [1],
    'g_menu_prepend': [1],
    'g_menu_insert': [2],
    'g_menu_append_section': [1],
    'g_menu_append_submenu': [1],
    'g_menu_item_set_label': [1],
    'g_notification_new': [0],
    'g_notification_set_body': [1],
    'g_set_error': [3],
    'g_set_error_literal': [3],
    'g_error_new': [2],
    'g_error_new_literal': [2],
    'g_task_return_new_error': [3],
    'g_prefix_error': [1],
    'g_prefix_error_literal': [1],
    'g_propagate_prefixed_error': [2],
    'g_printerr': [0],
    'g_print': [0],
    'g_application_command_line_print': [1],
    'g_application_command_line_printerr': [1],
}

# Tovholder's own helpers that pass a message on are found by their
# parameters: a "const char *message", or a "const char *format" followed by
# "..." (headers for the public ones, each file for its static ones).
MESSAGE_PARAM_RE = re.compile(r'^\s*const\s+g?char\s*\*\s*(message|msg)\s*$')
FORMAT_PARAM_RE = re.compile(r'^\s*const\s+g?char\s*\*\s*(format|fmt)\s*$')
# printf-like helpers whose output is not text for people (ODF attribute values)
NOT_MESSAGES = {'attrf'}
DEFINITION_RE = re.compile(r'^([a-z_][a-z0-9_]*)\s*\(([^()]*)\)', re.MULTILINE)

TEXT_PROPERTIES = {
    'label', 'title', 'subtitle', 'tooltip-text', 'tooltip-markup', 'placeholder-text',
    'description', 'heading', 'body', 'button-label', 'secondary-text', 'text',
    'application-name', 'developer-name', 'comments', 'copyright', 'release-notes',
}

ACCESSIBLE_TEXT = {'GTK_ACCESSIBLE_PROPERTY_LABEL', 'GTK_ACCESSIBLE_PROPERTY_DESCRIPTION',
                   'GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER', 'GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT',
                   'GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION'}

C_DIRS = ['src/ui', 'src/cli', 'src/export', 'src/store', 'src/core', 'src']
UI_DIRS = ['data/ui', 'data/ui/gtk']



def call_re(names):
    return re.compile(r'\b(' + '|'.join(sorted(names, key=len, reverse=True)) + r')\s*\(')


def message_helpers(text):
    """name -> [position of its message parameter] for functions defined or
    declared in text (comments blanked)."""
    found = {}
    for m in DEFINITION_RE.finditer(text):
        if m.group(1) in NOT_MESSAGES:
            continue
        params = [p.replace('\n', ' ') for p in m.group(2).split(',')]
        for k, param in enumerate(params):
            if MESSAGE_PARAM_RE.match(param) or \
               (FORMAT_PARAM_RE.match(param) and k + 1 < len(params) and params[k + 1].strip() == '...'):
                found[m.group(1)] = [k]
    return found
PRINTF_RE = re.compile(r'%(\d+\$)?[-+ #0\']*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|t|I64)?'
                       r'[diouxXeEfFgGcsSp%]|%" *G_[A-Z0-9_]+ *"|%" *PRI[a-zA-Z0-9]+ *"')
MARKUP_RE = re.compile(r'<[^>]*>|&[a-z]+;|&#\d+;')
LETTER_RE = re.compile(r'[^\W\d_]', re.UNICODE)


def blank_comments(text):
    """Comments replaced by spaces (newlines kept), strings and chars kept."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '/' and i + 1 < n and text[i + 1] == '*':
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == '/' and i + 1 < n and text[i + 1] == '/':
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def split_args(text, start):
    """Top-level arguments of the call whose '(' is at start: [(text, offset)]."""
    args = []
    depth = 0
    i = start + 1
    arg_start = i
    n = len(text)
    while i < n:
        c = text[i]
        if c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            if depth == 0:
                args.append((text[arg_start:i], arg_start))
                return args
            depth -= 1
        elif c == ',' and depth == 0:
            args.append((text[arg_start:i], arg_start))
            arg_start = i + 1
        i += 1
    return args


def literal_of(arg):
    """The text of an argument made only of string literals, else None."""
    s = arg.strip()
    while True:  # drop casts such as (const char *)
        m = re.match(r'^\(\s*(const\s+)?(g?char|gchar)\s*\*\s*\)\s*', s)
        if not m:
            break
        s = s[m.end():]
    if not s.startswith('"'):
        return None
    parts = []
    i = 0
    while i < len(s):
        if s[i].isspace():
            i += 1
            continue
        if s[i] == '"':
            j = i + 1
            while j < len(s) and s[j] != '"':
                j += 2 if s[j] == '\\' else 1
            parts.append(s[i + 1:j])
            i = j + 1
            continue
        m = re.match(r'(G_[A-Z0-9_]+|PRI[a-zA-Z0-9]+|PACKAGE_[A-Z_]+|PROGRAM|APPLICATION_ID)', s[i:])
        if m:  # format macros and program constants between literals
            i += m.end()
            continue
        return None
    return ''.join(parts)


def branches(arg):
    """The values an argument can take: both sides of a top-level ?: too."""
    depth = 0
    q = -1
    i = 0
    s = arg
    while i < len(s):
        c = s[i]
        if c in '"\'':
            j = i + 1
            while j < len(s) and s[j] != c:
                j += 2 if s[j] == '\\' else 1
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == '?' and depth == 0 and q < 0:
            q = i
        elif c == ':' and depth == 0 and q >= 0:
            return branches(s[q + 1:i]) + branches(s[i + 1:])
        i += 1
    return [arg]


def has_words(literal):
    s = literal.replace('\\n', ' ').replace('\\t', ' ').replace('\\"', ' ')
    s = PRINTF_RE.sub(' ', s)
    s = MARKUP_RE.sub(' ', s)
    s = re.sub(r'\\u[0-9a-fA-F]{4}|\\[0-7]{1,3}|\\x[0-9a-fA-F]+', ' ', s)
    return LETTER_RE.search(s) is not None


def allowed(raw_lines, line):
    """An allow-list comment on 1-based line or the line above."""
    for k in (line - 1, line - 2):
        if 0 <= k < len(raw_lines) and ALLOW in raw_lines[k]:
            return True
    return False


def check_c(path, rel, helpers):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    raw_lines = raw.split('\n')
    text = blank_comments(raw)
    findings = []
    rules = dict(TEXT_ARGS)
    rules.update(helpers)
    rules.update(message_helpers(text))

    def flag(arg, offset, func):
        for value in branches(arg):
            lit = literal_of(value)
            if lit is None or not has_words(lit):
                continue
            line = text.count('\n', 0, offset + len(arg) - len(arg.lstrip())) + 1
            if allowed(raw_lines, line):
                continue
            findings.append('%s:%d: %s: "%s" is not marked for translation'
                            % (rel, line, func, lit))

    for m in call_re(rules).finditer(text):
        func = m.group(1)
        args = split_args(text, m.end() - 1)
        rule = rules[func]
        if rule == 'pairs':
            for k in range(1, len(args) - 1):
                name = literal_of(args[k][0])
                if name in TEXT_PROPERTIES:
                    flag(args[k + 1][0], args[k + 1][1], '%s "%s"' % (func, name))
        elif rule == 'accessible':
            for k in range(1, len(args) - 1):
                if args[k][0].strip() in ACCESSIBLE_TEXT:
                    flag(args[k + 1][0], args[k + 1][1], func)
        elif rule == 'responses':
            for k in range(2, len(args), 2):
                flag(args[k][0], args[k][1], func)
        else:
            for k in rule:
                if k < len(args):
                    flag(args[k][0], args[k][1], func)
    if rel.startswith(PROSE_DIRS) or not rel.startswith('src/'):
        seen = {int(f.split(':')[1]) for f in findings}
        findings += check_prose(text, raw_lines, rel, seen)
    return findings


# The second rule, for src/ui and src/cli: any literal that reads like words
# for people ("Open family", "Saved") outside gettext, logging and assertions,
# wherever it goes (a table of labels, a variable set later).
PROSE_DIRS = ('src/ui/', 'src/cli/')
PROSE_RE = re.compile(r'[^\W\d_]{2,}[,.:;!?…]?\s+[^\W\d_]|^[A-Z][a-z]+\b(?![.:/-])', re.UNICODE)
NOT_PROSE_CALL_RE = re.compile(
    r'\b(N?_|C_|NC_|ngettext|g_dngettext|g_dpgettext2?|g_d?gettext|g_debug|g_warning|g_critical|'
    r'g_message|g_info|g_error|g_assert\w*|g_return\w*|g_test\w*|g_log\w*|g_warn_if_fail|'
    r'g_warn_message|tov_print_catalog_\w+)\s*\($')
LITERAL_RE = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def enclosing_call(text, offset):
    """The text just before the innermost unclosed '(' before offset."""
    depth = 0
    i = offset - 1
    while i >= 0:
        c = text[i]
        if c == ')':
            depth += 1
        elif c == '(':
            if depth == 0:
                return text[max(0, i - 48):i + 1]
            depth -= 1
        elif c in ';{}' and depth == 0:
            return ''
        i -= 1
    return ''


def check_prose(text, raw_lines, rel, seen):
    findings = []
    # string contents blanked, so that enclosing_call does not read into them
    bare = LITERAL_RE.sub(lambda m: '"' + ' ' * (len(m.group(0)) - 2) + '"', text)
    for m in LITERAL_RE.finditer(text):
        lit = m.group(1)
        if not has_words(lit):
            continue
        words = MARKUP_RE.sub(' ', PRINTF_RE.sub(' ', lit))
        if not PROSE_RE.search(words.strip()):
            continue
        if NOT_PROSE_CALL_RE.search(enclosing_call(bare, m.start())):
            continue
        line = text.count('\n', 0, m.start()) + 1
        if line in seen or allowed(raw_lines, line):
            continue
        findings.append('%s:%d: "%s" reads like text for people but is not marked for translation'
                        % (rel, line, lit))
    return findings


UI_PROP_RE = re.compile(
    r'<(property|attribute)\s+name="(?P<name>[a-z-]+)"(?P<attrs>[^>]*)>(?P<text>[^<]*)</\1>')
UI_ITEM_RE = re.compile(r'<(item|response)\b(?P<attrs>[^>]*)>(?P<text>[^<]*)</\1>')
UI_NAMES = TEXT_PROPERTIES | {'accelerator-label'}


def check_ui(path, rel):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    raw_lines = raw.split('\n')
    findings = []

    def consider(m, what):
        if 'translatable="yes"' in m.group('attrs'):
            return
        value = m.group('text').strip()
        if not value or not has_words(value):
            return
        line = raw.count('\n', 0, m.start()) + 1
        if allowed(raw_lines, line):
            return
        findings.append('%s:%d: %s "%s" has no translatable="yes"' % (rel, line, what, value))

    for m in UI_PROP_RE.finditer(raw):
        if m.group('name') in UI_NAMES:
            consider(m, m.group('name'))
    for m in UI_ITEM_RE.finditer(raw):
        consider(m, m.group(1))
    return findings


def default_files(root):
    files = []
    for d in C_DIRS:
        full = os.path.join(root, d)
        if os.path.isdir(full):
            files += [os.path.join(d, f) for f in sorted(os.listdir(full)) if f.endswith('.c')]
    for d in UI_DIRS:
        full = os.path.join(root, d)
        if os.path.isdir(full):
            files += [os.path.join(d, f) for f in sorted(os.listdir(full)) if f.endswith('.ui')]
    return files


def check_files(root, files, helpers):
    findings = []
    for rel in files:
        path = rel if os.path.isabs(rel) else os.path.join(root, rel)
        if rel.endswith('.c'):
            findings += check_c(path, rel, helpers)
        elif rel.endswith('.ui'):
            findings += check_ui(path, rel)
    return findings


def self_test(fixtures):
    """Every line of the fixtures that says FLAG is found, and no other."""
    status = 0
    files = sorted(f for f in os.listdir(fixtures) if f.endswith(('.c', '.ui')))
    found = {}
    for f in check_files(fixtures, files, {}):
        name, line = f.split(':')[:2]
        found.setdefault((name, int(line)), f)
    expected = set()
    for name in files:
        with open(os.path.join(fixtures, name), encoding='utf-8') as fh:
            for k, line in enumerate(fh, 1):
                if 'FLAG' in line and 'fixture for' not in line:
                    expected.add((name, k))
    for key in sorted(expected - set(found)):
        print('not found: %s:%d' % key)
        status = 1
    for key in sorted(set(found) - expected):
        print('found but not expected: %s' % found[key])
        status = 1
    if status == 0:
        print('self-test: all %d planted strings found, nothing else' % len(expected))
    return status


def main(argv):
    if len(argv) == 3 and argv[1] == '--self-test':
        return self_test(argv[2])
    if len(argv) < 2:
        print('usage: %s SOURCE_ROOT [FILE...] | --self-test FIXTURE_DIR' % argv[0], file=sys.stderr)
        return 2
    root = argv[1]
    files = argv[2:] or default_files(root)
    helpers = {}
    for d in C_DIRS:
        full = os.path.join(root, d)
        for f in sorted(os.listdir(full)) if os.path.isdir(full) else []:
            if f.endswith('.h'):
                with open(os.path.join(full, f), encoding='utf-8') as h:
                    helpers.update(message_helpers(blank_comments(h.read())))
    findings = check_files(root, files, helpers)
    for f in findings:
        print(f)
    if findings:
        print('%d user-visible string(s) not marked for translation; wrap them in _() '
              '(translatable="yes" in .ui) or explain with a "not translatable:" comment'
              % len(findings))
        return 1
    print('checked %d files: every user-visible string is marked for translation' % len(files))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
