#!/usr/bin/env python3
"""Runs the scopecheck GitHub Action (action.yml at the repository root) here, step by step, as
the GitHub runner runs a composite action, and checks what each scenario must do.

Usage: action_check.py [--no-build] RELEASE_DIR
       action_check.py [--no-build] --from-binary SCOPECHECK

RELEASE_DIR holds what scripts/release.sh writes: scopecheck-VERSION-linux-x86_64.tar.gz and its
.sha256, VERSION being the one in Sources/Core/ToolVersion.swift. --from-binary packages the
given executable that way first, in a temporary directory (to run the check without a release).
--no-build skips the one scenario that builds scopecheck from source (swift build -c release,
incremental when .build/release is already built).

For each step the runner's part is done here: the step's `env:` and `with:` get their
`${{ inputs.NAME }}` (action.yml's default or the scenario's `with`), `${{ github.action_path }}`,
`${{ github.workspace }}`, `${{ runner.os }}`, `${{ runner.arch }}` and
`${{ steps.ID.outputs.NAME }}`; `if:` may only be `steps.ID.outputs.NAME == 'true'`; a `run:`
step runs with `bash --noprofile --norc -eo pipefail` in GITHUB_WORKSPACE, with fresh
GITHUB_OUTPUT, GITHUB_PATH and GITHUB_STEP_SUMMARY files, whose outputs and PATH entries the later
steps see; a `uses:` step is not run (there is no cache service here): its inputs are evaluated
and printed. After a failing step the others are skipped. Any other expression fails the check:
this runner knows only what action.yml uses.

Each scenario gets fresh RUNNER_TEMP, RUNNER_TOOL_CACHE and workspace directories: a Terraform
repository with the sample spec, a policy and one OAuth client, good or bad (as
Tests/tools/precommit_check.sh makes them). Prints `ok: ...` or `FAIL: ...` for every check and
exits with 1 when one failed, 2 on a usage error.
"""

import argparse
import functools
import hashlib
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CONDITION = re.compile(r"steps\.([\w-]+)\.outputs\.([\w-]+) == 'true'")
BUILD_COMMAND = "swift build -c release --package-path"


class ActionError(Exception):
    """action.yml (or a scenario) uses something this runner does not know."""


def source_version():
    """The version in Sources/Core/ToolVersion.swift: what the action installs by default."""
    text = (ROOT / "Sources/Core/ToolVersion.swift").read_text(encoding="utf-8")
    return re.search(r'public static let current = "([^"]+)"', text).group(1)


# --- the runner ------------------------------------------------------------------------------


@dataclass
class StepRun:
    """What became of one step of the action."""

    id: str
    name: str
    ran: bool = False  # a run: step that ran (a uses: step never runs here)
    skipped: str = ""  # why it did not run: "if", "uses", "failure", "stopped"
    status: int = 0
    log: str = ""  # stdout and stderr, as the runner's log shows them
    outputs: dict = field(default_factory=dict)
    inputs: dict = field(default_factory=dict)  # a uses: step's evaluated `with:`


@dataclass
class ActionRun:
    """One run of the action: its steps, its outputs and the runner's state after it."""

    steps: list
    outputs: dict
    path: list  # the GITHUB_PATH entries, latest first (as they are on PATH)
    workspace: Path
    tool_cache: Path

    def step(self, id):
        return next(step for step in self.steps if step.id == id)

    def which(self, program):
        """The program a later step of the job runs: PATH with the GITHUB_PATH entries first."""
        return shutil.which(program, path=os.pathsep.join(self.path + [os.environ.get("PATH", "")]))


def read_output_file(path):
    """The NAME=VALUE and NAME<<DELIMITER lines of a GITHUB_OUTPUT file, as the runner reads them."""
    outputs = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            value = []
            while index < len(lines) and lines[index] != delimiter:
                value.append(lines[index])
                index += 1
            if index == len(lines):
                raise ActionError(f"{path.name}: no closing {delimiter} for {name}")
            index += 1
            outputs[name] = "\n".join(value)
        elif "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
        else:
            raise ActionError(f"{path.name}: not an output line: {line!r}")
    return outputs


class Runner:
    """Runs the composite action in action.yml for one scenario."""

    def __init__(self, action, scratch, workspace, inputs, runner_os="Linux", runner_arch="X64"):
        self.action = action
        self.workspace = workspace
        self.runner_os = runner_os
        self.runner_arch = runner_arch
        self.temp = scratch / "runner-temp"
        self.tool_cache = scratch / "tool-cache"
        self.files = scratch / "runner-files"
        for directory in (self.temp, self.tool_cache, self.files):
            directory.mkdir(parents=True)
        declared = action.get("inputs") or {}
        unknown = set(inputs) - set(declared)
        if unknown:
            raise ActionError(f"action.yml declares no input {', '.join(sorted(unknown))}")
        self.inputs = {name: str(spec.get("default", "")) for name, spec in declared.items()}
        self.inputs.update(inputs)
        self.step_outputs = {}
        self.path = []  # GITHUB_PATH entries, latest first

    def environment(self):
        """The environment of a step before its `env:`: this machine's, without anything of a
        real runner it may be running in, plus what the GitHub runner sets."""
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("GITHUB_", "RUNNER_", "INPUT_", "ACTIONS_"))
        }
        env.update(
            {
                "GITHUB_ACTIONS": "true",
                "GITHUB_WORKSPACE": str(self.workspace),
                "GITHUB_ACTION_PATH": str(ROOT),
                "RUNNER_OS": self.runner_os,
                "RUNNER_ARCH": self.runner_arch,
                "RUNNER_TEMP": str(self.temp),
                "RUNNER_TOOL_CACHE": str(self.tool_cache),
                "SCOPECHECK_CACHE_DIR": str(self.temp / "scopecheck-cache"),
                "no_proxy": "127.0.0.1,localhost",
                "NO_PROXY": "127.0.0.1,localhost",
            }
        )
        env["PATH"] = os.pathsep.join(self.path + [env.get("PATH", "")])
        return env

    def evaluate(self, expression):
        """The value of one `${{ }}` expression of the forms action.yml uses."""
        parts = expression.split(".")
        if len(parts) == 2 and parts[0] == "inputs":
            if parts[1] not in self.inputs:
                raise ActionError(f"${{{{ {expression} }}}}: no such input")
            return self.inputs[parts[1]]
        if expression == "github.action_path":
            return str(ROOT)
        if expression == "github.workspace":
            return str(self.workspace)
        if expression == "runner.os":
            return self.runner_os
        if expression == "runner.arch":
            return self.runner_arch
        if len(parts) == 4 and parts[0] == "steps" and parts[2] == "outputs":
            return self.step_outputs.get(parts[1], {}).get(parts[3], "")
        raise ActionError(f"this runner does not know the expression ${{{{ {expression} }}}}")

    def substitute(self, text):
        return EXPRESSION.sub(lambda match: self.evaluate(match.group(1)), str(text))

    def condition(self, text):
        """A step's `if:`; only `steps.ID.outputs.NAME == 'true'` is known."""
        text = str(text).strip()
        wrapped = EXPRESSION.fullmatch(text)
        if wrapped:
            text = wrapped.group(1)
        match = CONDITION.fullmatch(text)
        if not match:
            raise ActionError(f"this runner does not know the condition {text!r}")
        return self.evaluate(f"steps.{match.group(1)}.outputs.{match.group(2)}") == "true"

    def run(self, stop_after=None):
        """Runs the steps (up to the one with id `stop_after`) and returns the ActionRun."""
        runs = []
        failed = stopped = False
        for number, step in enumerate(self.action["runs"]["steps"], 1):
            run = StepRun(id=step.get("id", f"step-{number}"), name=step.get("name", step.get("uses", "run")))
            runs.append(run)
            if failed or stopped:
                run.skipped = "failure" if failed else "stopped"
                continue
            if "if" in step and not self.condition(step["if"]):
                run.skipped = "if"
                print(f"  -- {run.name}: skipped (if: {step['if']})")
            elif "uses" in step:
                run.skipped = "uses"
                run.inputs = {name: self.substitute(value) for name, value in (step.get("with") or {}).items()}
                print(f"  -- {run.name}: not run here (uses: {step['uses']}; no such service here), with:")
                for name, value in run.inputs.items():
                    print(f"       {name}: {value}")
            else:
                self.run_step(step, run, number)
                failed = run.status != 0
            stopped = run.id == stop_after
        declared = self.action.get("outputs") or {}
        outputs = {name: self.substitute(spec["value"]) for name, spec in declared.items()}
        return ActionRun(runs, outputs, list(self.path), self.workspace, self.tool_cache)

    def run_step(self, step, run, number):
        """Runs one `run:` step with bash, as the runner does, and takes its outputs and PATH."""
        if step.get("shell") != "bash":
            raise ActionError(f"{run.name}: this runner runs only `shell: bash` steps")
        env = self.environment()
        env.update({name: self.substitute(value) for name, value in (step.get("env") or {}).items()})
        files = {}
        for variable in ("GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STEP_SUMMARY"):
            files[variable] = self.files / f"{number}-{variable.lower()}"
            files[variable].touch()
            env[variable] = str(files[variable])
        script = self.temp / f"step-{number}.sh"
        script.write_text(step["run"], encoding="utf-8")
        directory = self.workspace / self.substitute(step.get("working-directory", "."))
        print(f"  -> {run.name}")
        process = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=directory,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        run.ran, run.status, run.log = True, process.returncode, process.stdout
        for line in run.log.splitlines():
            print(f"     {line}")
        print(f"     (exit {run.status})")
        run.outputs = read_output_file(files["GITHUB_OUTPUT"])
        self.step_outputs[run.id] = run.outputs
        entries = [line for line in files["GITHUB_PATH"].read_text(encoding="utf-8").splitlines() if line]
        self.path = list(reversed(entries)) + self.path


# --- scenarios -------------------------------------------------------------------------------

failures = 0


def check(scenario, what, condition, detail=""):
    """Prints ok or FAIL for one expectation of a scenario."""
    global failures
    if condition:
        print(f"ok: {scenario}: {what}")
    else:
        failures += 1
        print(f"FAIL: {scenario}: {what}" + (f" ({detail})" if detail else ""))


CLIENT = """resource "genesyscloud_oauth_client" "reports" {{
  name                     = "Reports"
  description              = "Reads conversation details for the reporting app"
  authorized_grant_type    = "CODE"
  registered_redirect_uris = ["https://reports.example.com/callback"]
  scopes                   = ["{scope}"]
}}
"""

POLICY = """client "genesyscloud_oauth_client.reports" {
  calls = ["POST /api/v2/analytics/conversations/details/query"]
}
"""


def make_repository(directory, scope):
    """A Terraform repository: the sample spec, a config, a policy and a client with `scope`."""
    directory.mkdir(parents=True)
    shutil.copy(ROOT / "samples/spec/genesys-platform-sample.json", directory / "spec.json")
    (directory / ".scopecheck.hcl").write_text('spec     = "spec.json"\npolicies = ["policy.hcl"]\n')
    (directory / "policy.hcl").write_text(POLICY)
    (directory / "main.tf").write_text(CLIENT.format(scope=scope))
    return directory


def release_name(version, arch="x86_64"):
    return f"scopecheck-{version}-linux-{arch}"


def package_release(binary, directory, version):
    """Writes the release archive of `binary` and its .sha256 into `directory`, as
    scripts/release.sh does."""
    name = release_name(version)
    with tarfile.open(directory / f"{name}.tar.gz", "w:gz") as archive:
        archive.add(binary, arcname=f"{name}/scopecheck")
        archive.add(ROOT / "README.md", arcname=f"{name}/README.md")
    digest = hashlib.sha256((directory / f"{name}.tar.gz").read_bytes()).hexdigest()
    (directory / f"{name}.tar.gz.sha256").write_text(f"{digest}  {name}.tar.gz\n")


def released_binary_digest(release_dir, version):
    """The sha256 of the scopecheck executable inside the release archive."""
    name = release_name(version)
    with tarfile.open(release_dir / f"{name}.tar.gz") as archive:
        for member in archive.getmembers():
            if member.isfile() and member.name.removeprefix("./") == f"{name}/scopecheck":
                return hashlib.sha256(archive.extractfile(member).read()).hexdigest()
    return "(no scopecheck in the archive)"


def file_digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else ""


def annotations(step, level="error"):
    return [line for line in step.log.splitlines() if line.startswith(f"::{level} file=main.tf,")]


class Scenarios:
    """The scenarios, each one run of the action in fresh directories."""

    def __init__(self, action, release_dir, http_url, scratch, version):
        self.action = action
        self.release_dir = release_dir
        self.http_url = http_url
        self.scratch = scratch
        self.version = version
        self.count = 0

    def run(self, title, scope, inputs, stop_after=None, **runner):
        """Runs the action on a new repository whose client has `scope`."""
        self.count += 1
        directory = self.scratch / f"scenario-{self.count}"
        workspace = make_repository(directory / "workspace", scope)
        print(f"\n==> {title}")
        return Runner(self.action, directory, workspace, inputs, **runner).run(stop_after)

    def file_url(self, directory=None):
        return (directory or self.release_dir).resolve().as_uri()

    def expect_installed_release(self, name, run):
        """The install step put the tarball's binary on PATH and asked for no build."""
        install = run.step("install")
        check(name, "the install step succeeds", install.ran and install.status == 0, f"exit {install.status}")
        check(name, "build is false", install.outputs.get("build") == "false", str(install.outputs))
        skipped = [run.step(id).skipped for id in ("cache", "build")]
        check(name, "the cache and build steps are skipped", skipped == ["if", "if"], str(skipped))
        binary = run.which("scopecheck")
        check(
            name,
            "PATH finds scopecheck in the tool cache",
            binary is not None and Path(binary).is_relative_to(run.tool_cache),
            str(binary),
        )
        check(
            name,
            "it is the binary of the release archive",
            file_digest(binary) == released_binary_digest(self.release_dir, self.version),
        )
        check(
            name,
            "the version output is its --version line",
            run.outputs.get("version", "").startswith(f"scopecheck {self.version}"),
            repr(run.outputs.get("version")),
        )

    def bad_client_from_file_url(self):
        name = "release over file://, a bad client"
        run = self.run(
            name,
            "partner:analytics:view",
            {"release-url": self.file_url(), "sarif-file": "reports/scopecheck.sarif"},
        )
        self.expect_installed_release(name, run)
        lint = run.step("lint")
        check(name, "lint exits 1", lint.ran and lint.status == 1, f"exit {lint.status}")
        check(name, "the exit-code output is 1", run.outputs.get("exit-code") == "1", str(run.outputs))
        check(name, "it annotates main.tf with ::error", len(annotations(lint)) >= 1)
        sarif = run.workspace / "reports/scopecheck.sarif"
        check(name, "the sarif-file output is its path", run.outputs.get("sarif-file") == str(sarif), str(run.outputs))
        try:
            log = json.loads(sarif.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            log = {"error": str(error)}
        check(name, "the SARIF file is SARIF 2.1.0", log.get("version") == "2.1.0", str(log)[:200])
        results = (log.get("runs") or [{}])[0].get("results") or []
        check(name, "the SARIF log has results", len(results) >= 1, f"{len(results)} results")

    def good_client_from_http(self):
        name = "release over http://, a good client"
        run = self.run(name, "analytics:readonly", {"release-url": self.http_url})
        self.expect_installed_release(name, run)
        lint = run.step("lint")
        check(name, "lint exits 0", lint.ran and lint.status == 0, f"exit {lint.status}")
        check(name, "no ::error annotation", "::error" not in lint.log)
        check(name, "no SARIF file asked for, none written", run.outputs.get("sarif-file") == "", str(run.outputs))

    def fail_on_never(self):
        name = "fail-on: never, a bad client"
        run = self.run(name, "partner:analytics:view", {"release-url": self.file_url(), "fail-on": "never"})
        lint = run.step("lint")
        check(name, "lint exits 0", lint.ran and lint.status == 0, f"exit {lint.status}")
        check(name, "the findings are still annotated", len(annotations(lint)) >= 1)

    def checksum_mismatch(self):
        name = "a checksum mismatch"
        corrupt = self.scratch / "corrupt-release"
        shutil.copytree(self.release_dir, corrupt)
        sums = corrupt / f"{release_name(self.version)}.tar.gz.sha256"
        line = sums.read_text()
        sums.write_text(("0" if line[0] != "0" else "1") + line[1:])
        run = self.run(name, "partner:analytics:view", {"release-url": self.file_url(corrupt)})
        install = run.step("install")
        check(name, "the install step fails", install.ran and install.status == 1, f"exit {install.status}")
        mismatch = "::error" in install.log and "checksum mismatch" in install.log
        check(name, "with an ::error about the checksum", mismatch)
        check(name, "no build is asked for", "build" not in install.outputs, str(install.outputs))
        check(name, "nothing is put on PATH", run.path == [], str(run.path))
        installed = [str(path) for path in run.tool_cache.rglob("*") if path.is_file()]
        check(name, "nothing is installed in the tool cache", installed == [], str(installed))
        check(name, "lint does not run", run.step("lint").skipped == "failure")

    def missing_checksum(self):
        name = "a release without its .sha256"
        unverifiable = self.scratch / "unverifiable-release"
        unverifiable.mkdir()
        shutil.copy(self.release_dir / f"{release_name(self.version)}.tar.gz", unverifiable)
        run = self.run(name, "partner:analytics:view", {"release-url": self.file_url(unverifiable)}, "install")
        install = run.step("install")
        check(name, "the install step fails with an ::error", install.status == 1 and "::error" in install.log)
        check(name, "no build is asked for, nothing is put on PATH", install.outputs == {} and run.path == [])

    def unreachable_release(self):
        name = "an unreachable release URL"
        run = self.run(name, "partner:analytics:view", {"release-url": "http://127.0.0.1:9/releases"}, "install")
        install = run.step("install")
        check(name, "the install step fails with an ::error", install.status == 1 and "::error" in install.log)
        check(name, "no build is asked for (no silent fallback)", install.outputs == {}, str(install.outputs))

    def input_error(self):
        name = "an input error (format: yaml)"
        run = self.run(name, "partner:analytics:view", {"release-url": self.file_url(), "format": "yaml"})
        lint = run.step("lint")
        check(name, "lint exits 2", lint.ran and lint.status == 2, f"exit {lint.status}")
        errors = [line for line in lint.log.splitlines() if line.startswith("::error") and "format" in line]
        check(name, "with an ::error naming the input", len(errors) == 1, lint.log)

    def no_release_for_arm64(self):
        name = "no release for Linux ARM64 (404 over http://)"
        run = self.run(name, "partner:analytics:view", {"release-url": self.http_url}, "install", runner_arch="ARM64")
        install = run.step("install")
        check(name, "the install step succeeds", install.ran and install.status == 0, f"exit {install.status}")
        check(name, "build is true", install.outputs.get("build") == "true", str(install.outputs))
        check(name, "a ::notice says it builds from source", "::notice" in install.log and "building" in install.log)
        check(name, "nothing is put on PATH", run.path == [], str(run.path))

    def no_release_for_macos(self):
        name = "no release for macOS"
        run = self.run(name, "partner:analytics:view", {"release-url": self.file_url()}, "install", runner_os="macOS")
        install = run.step("install")
        check(name, "build is true", install.status == 0 and install.outputs.get("build") == "true", str(install.outputs))
        check(name, "nothing is downloaded", "downloading" not in install.log)

    def build_from_source(self):
        name = "no release fits (Linux ARM64): built from source"
        run = self.run(name, "partner:analytics:view", {"release-url": self.file_url()}, runner_arch="ARM64")
        install = run.step("install")
        check(name, "build is true", install.outputs.get("build") == "true", str(install.outputs))
        cache = run.step("cache")
        check(name, "the cache step's turn comes (not run here)", cache.skipped == "uses", cache.skipped)
        key = cache.inputs.get("key", "")
        check(
            name,
            "its key names the OS, architecture and version",
            key.startswith(f"scopecheck-build-Linux-ARM64-{self.version}-") and len(key) > 40,
            key,
        )
        check(name, "its path is the action's .build", cache.inputs.get("path") == f"{ROOT}/.build", str(cache.inputs))
        build = run.step("build")
        steps = {step.get("id"): step for step in self.action["runs"]["steps"]}
        check(name, f"the build step runs {BUILD_COMMAND}", BUILD_COMMAND in steps["build"]["run"])
        check(name, "the build step succeeds", build.ran and build.status == 0, f"exit {build.status}")
        binary = run.which("scopecheck")
        built = (ROOT / ".build/release/scopecheck").resolve()
        check(
            name,
            "PATH finds the scopecheck just built",
            binary is not None and Path(binary).resolve() == built,
            str(binary),
        )
        lint = run.step("lint")
        check(name, "lint exits 1", lint.ran and lint.status == 1, f"exit {lint.status}")
        check(name, "it annotates main.tf with ::error", len(annotations(lint)) >= 1)


# --- main ------------------------------------------------------------------------------------


def serve(directory):
    """An http:// server for `directory` on the loopback interface; returns its base URL."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *arguments):  # no access log in the check's output
            pass

    handler = functools.partial(Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/releases"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("release_dir", nargs="?", type=Path, help="the directory with the release archive")
    parser.add_argument("--from-binary", type=Path, help="package this scopecheck as the release first")
    parser.add_argument("--no-build", action="store_true", help="skip the build-from-source scenario")
    arguments = parser.parse_args()
    if (arguments.release_dir is None) == (arguments.from_binary is None):
        parser.error("give RELEASE_DIR or --from-binary SCOPECHECK")

    version = source_version()
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="scopecheck-action-") as temporary:
        scratch = Path(temporary)
        if arguments.from_binary:
            release_dir = scratch / "release"
            release_dir.mkdir()
            package_release(arguments.from_binary, release_dir, version)
        else:
            release_dir = arguments.release_dir.resolve()
        name = release_name(version)
        for file in (f"{name}.tar.gz", f"{name}.tar.gz.sha256"):
            if not (release_dir / file).is_file():
                print(f"action_check: {release_dir} has no {file}", file=sys.stderr)
                return 2

        # The http:// server serves RELEASE_DIR under /releases (a path, as on GitHub).
        served = scratch / "served"
        served.mkdir()
        (served / "releases").symlink_to(release_dir)
        scenarios = Scenarios(action, release_dir, serve(served), scratch, version)
        try:
            scenarios.bad_client_from_file_url()
            scenarios.good_client_from_http()
            scenarios.fail_on_never()
            scenarios.checksum_mismatch()
            scenarios.missing_checksum()
            scenarios.unreachable_release()
            scenarios.input_error()
            scenarios.no_release_for_arm64()
            scenarios.no_release_for_macos()
            if arguments.no_build:
                print("\nskipped: no release fits (Linux ARM64): built from source (--no-build)")
            else:
                scenarios.build_from_source()
        except ActionError as error:
            print(f"FAIL: action.yml: {error}")
            return 1

    if failures:
        print(f"\naction_check: {failures} check(s) failed", file=sys.stderr)
        return 1
    print("\naction_check: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
