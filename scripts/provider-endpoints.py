#!/usr/bin/env python3
"""The table of API endpoints each resource type and data source of the Genesys Cloud Terraform
provider calls, as the provider's own documentation lists them ("API Usage" sections).

scopecheck's `deployer` command and the deployer rules read this table; permissions always come
from the API spec in force, never from the docs. Standard library only.

  provider-endpoints.py --json provider-api-usage.json [--swift OUT.swift | --out OUT.tsv]
  provider-endpoints.py --docs PROVIDER/docs --version v1.90.0 [--commit SHA] [--out OUT.tsv]

--json reads the facts file `provider-api-usage.json` (provider, version, commit, and for each
type its "endpoints"); --docs reads the `docs/` folder of a terraform-provider-genesyscloud
checkout (docs/resources/*.md and docs/data-sources/*.md). Both give the same table for the same
provider version. --swift writes the Swift source scopecheck embeds
(Sources/Terraform/ProviderSchema/ProviderEndpointTable+Bundled.swift); otherwise the TSV is
written to --out or standard output, for `scopecheck deployer --provider-endpoints FILE`.

The TSV: `#` lines with the provenance, a header line `kind<TAB>type<TAB>method<TAB>path`, then
one row per distinct endpoint of a type, sorted by kind, type, path and method. `kind` is
`resource` or `data`; paths are copied as the docs write them. A type whose docs list no endpoint
gets one row with method and path `-`: known, but nothing to check.
"""
import argparse
import json
import os
import re
import sys

HEADING = re.compile(r'^# (genesyscloud_[a-z0-9_]+) \((Resource|Data Source)\)\s*$')
BULLET = re.compile(r'^\s*[*-]\s')
ENDPOINT = re.compile(r'^\s*[*-]\s*\[([A-Za-z]+)\s+(/api/v2/[^\]\s]*)\]\(([^)\s]*)\)\s*$')
METHODS = {'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'}
SOURCE = 'docs/resources/*.md, docs/data-sources/*.md, section "API Usage"'
SWIFT_PATH = 'Sources/Terraform/ProviderSchema/ProviderEndpointTable+Bundled.swift'


def read_json(path):
    with open(path, encoding='utf-8') as handle:
        facts = json.load(handle)
    rows, types = set(), set()
    for key, kind in (('resources', 'resource'), ('data_sources', 'data')):
        for name, entry in facts[key].items():
            types.add((kind, name))
            for endpoint in entry['endpoints']:
                method, path = endpoint.split(' ', 1)
                rows.add((kind, name, method, path))
    meta = {'provider': facts['provider'], 'version': facts['version'], 'commit': facts['commit']}
    return rows, types, meta, []


def read_doc(relative, text, warnings):
    """(type, kind, [(method, path)]) of one docs page, or None when it names no type."""
    name = kind = None
    in_usage = seen_usage = False
    endpoints = []
    for line in text.splitlines():
        if name is None:
            heading = HEADING.match(line)
            if heading:
                name = heading.group(1)
                kind = 'resource' if heading.group(2) == 'Resource' else 'data'
                continue
        if line.startswith('## '):
            in_usage = line.strip() == '## API Usage'
            seen_usage = seen_usage or in_usage
            continue
        if line.startswith('# '):
            in_usage = False
            continue
        if in_usage and BULLET.match(line):
            endpoint = ENDPOINT.match(line)
            if not endpoint:
                warnings.append('%s: a bullet that is not an endpoint link: %s' % (relative, line.strip()))
                continue
            method = endpoint.group(1).upper()
            if method not in METHODS:
                warnings.append('%s: unknown method %s' % (relative, method))
                continue
            endpoints.append((method, endpoint.group(2)))
    if name is None:
        warnings.append('%s: no "# genesyscloud_x (Resource|Data Source)" heading: skipped' % relative)
        return None
    if not seen_usage:
        warnings.append('%s: no "## API Usage" section' % relative)
    return name, kind, endpoints


def read_docs(root, version, commit):
    rows, types, warnings = set(), set(), []
    found = 0
    for folder, kind in (('resources', 'resource'), ('data-sources', 'data')):
        directory = os.path.join(root, folder)
        if not os.path.isdir(directory):
            continue
        for file_name in sorted(os.listdir(directory)):
            if not file_name.endswith('.md'):
                continue
            found += 1
            relative = '%s/%s' % (folder, file_name)
            with open(os.path.join(directory, file_name), encoding='utf-8') as handle:
                page = read_doc(relative, handle.read(), warnings)
            if page is None:
                continue
            name, heading_kind, endpoints = page
            if heading_kind != kind:
                warnings.append('%s: the heading says %s, the folder %s' % (relative, heading_kind, kind))
            types.add((kind, name))
            for method, path in endpoints:
                rows.add((kind, name, method, path))
    if found == 0:
        sys.exit('provider-endpoints: no docs/resources/*.md or docs/data-sources/*.md under %s' % root)
    meta = {'provider': 'MyPureCloud/genesyscloud', 'version': version, 'commit': commit or ''}
    return rows, types, meta, warnings


def tsv(rows, types, meta):
    listed = {(kind, name) for kind, name, _, _ in rows}
    everything = set(rows) | {(kind, name, '-', '-') for kind, name in types - listed}
    ordered = sorted(everything, key=lambda row: (row[0], row[1], row[3], row[2]))
    lines = ['# scopecheck provider endpoint table (facts: Terraform provider docs "API Usage" sections)']
    for key in ('provider', 'version', 'commit'):
        lines.append('# %s: %s' % (key, meta[key]))
    lines.append('# source: %s' % SOURCE)
    lines.append('kind\ttype\tmethod\tpath')
    lines += ['\t'.join(row) for row in ordered]
    return '\n'.join(lines) + '\n'


def swift(table):
    # Indented as swift format leaves a multi-line string: the indentation is not part of it.
    body = ''.join('        %s\n' % line for line in table.splitlines())
    return (
        '// Generated by scripts/provider-endpoints.py from the provider\'s documentation facts; do not edit.\n'
        '// Regenerate: python3 scripts/provider-endpoints.py --json provider-api-usage.json --swift %s\n'
        '\n'
        'extension ProviderEndpointTable {\n'
        '    /// The table scopecheck ships, as TSV (see `ProviderEndpointTable.parse`).\n'
        '    static let bundledText = #"""\n%s        """#\n'
        '}\n' % (SWIFT_PATH, body))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument('--json', help='provider-api-usage.json')
    source.add_argument('--docs', help="the provider's docs/ folder")
    parser.add_argument('--version', help='the provider version the docs are of (required with --docs)')
    parser.add_argument('--commit', help='the provider commit the docs are of')
    output = parser.add_mutually_exclusive_group()
    output.add_argument('--out', help='write the TSV here (default: standard output)')
    output.add_argument('--swift', help='write the Swift source scopecheck embeds here')
    arguments = parser.parse_args()
    if arguments.json:
        rows, types, meta, warnings = read_json(arguments.json)
    else:
        if not arguments.version:
            sys.exit('provider-endpoints: --version is required with --docs: the docs do not name the version')
        rows, types, meta, warnings = read_docs(arguments.docs, arguments.version, arguments.commit)
    table = tsv(rows, types, meta)
    text = swift(table) if arguments.swift else table
    target = arguments.swift or arguments.out
    if target:
        with open(target, 'w', encoding='utf-8', newline='\n') as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    for warning in warnings:
        print('warning: %s' % warning, file=sys.stderr)
    counts = [sum(1 for kind, _ in types if kind == wanted) for wanted in ('resource', 'data')]
    print('provider-endpoints: %d resource types, %d data sources, %d endpoint rows (%s %s)' % (
        counts[0], counts[1], len(rows), meta['provider'], meta['version']), file=sys.stderr)


if __name__ == '__main__':
    main()
