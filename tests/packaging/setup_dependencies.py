#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when the build, the tests or the program use a Debian package that the set-up
(packaging/dev.sh, reading packaging/debian-packages.txt) does not install.

On a developer's or CI's machine a package installed by hand, or pulled in as a
"Recommends", hides a missing install step; on a new Debian 12 machine the set-up then
fails. This test finds what the build really used and what the program really loads:

- the CMake package config files the build loaded (the *_DIR entries of CMakeCache.txt),
  the compiler, CMake and Ninja;
- every header a compilation included (ninja's dependency log) and every library a link
  command names;
- every shared library the built executables link (ldd), and every one the program loads
  at run time while exporting figures headless (ld.so's LD_DEBUG=files: Qt's plugins);
- the window's platform plugin (xcb) and the libraries it links, and a font;
- the commands the tests run;

maps each file to its Debian package (dpkg -S) and requires that package to be listed, or in
the Depends/Pre-Depends closure of the list (apt-cache depends --recurse, which reads the
local package lists only), or of priority "required" (present on every Debian system).

Usage: setup_dependencies.py PACKAGE_LIST BINARY_DIR
  PACKAGE_LIST  packaging/debian-packages.txt, the list dev.sh installs
  BINARY_DIR    a configured and built build directory
Exit status: 0 when everything is installed by the set-up, 1 otherwise, 77 (skipped) on a
system without dpkg and apt.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

# Commands the test scripts and CPack run (tests/packaging/*.sh, this script), looked up where
# Debian installs commands, not on PATH (where a hand-installed one may come first).
TEST_COMMANDS = ["bash", "python3", "cpack", "ctest", "dpkg-deb", "dpkg-shlibdeps", "file",
                 "desktop-file-validate", "appstreamcli", "cmp", "apt-cache", "dpkg-query"]

# Headless runs of the program whose run-time loads (plugins, libraries) are checked.
PROGRAM_RUNS = [
    ["export-forest", "--condition", "HCC", "--out", "{tmp}/forest.svg"],
    ["export-bars", "--out", "{tmp}/bars.png"],
    ["export-forest", "--condition", "HCC", "--out", "{tmp}/forest.pdf"],
    ["export", "--format", "json"],
]


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


SYSTEM_BIN_DIRS = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]


def listed_packages(package_list):
    text = package_list.read_text()
    return [name for line in text.splitlines() if (name := line.split("#")[0].strip())]


def install_closure(packages):
    """Every package that installing `packages` without recommends brings in (an
    over-estimate where a dependency has alternatives: apt-cache lists all of them)."""
    output = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                  "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *packages])
    closure = set()
    for line in output.splitlines():
        if line and not line[0].isspace():
            closure.add(line.strip("<>").split(":")[0])
    missing = [p for p in packages if p not in closure]
    if missing:
        sys.exit(f"FAIL: apt does not know {', '.join(missing)} (listed in "
                 "packaging/debian-packages.txt); run apt-get update?")
    return closure


def required_packages():
    """Packages of priority "required" or essential: on every Debian system."""
    output = run(["dpkg-query", "-W", "-f", "${Package}\t${Priority}\t${Essential}\n"])
    return {name for name, priority, essential in
            (line.split("\t") for line in output.splitlines())
            if priority == "required" or essential == "yes"}


def owners(paths):
    """Debian packages owning each path (also tried through symlinks and the /usr merge)."""
    candidates = {path: [path, os.path.realpath(path)] for path in paths}
    for path, names in candidates.items():
        for name in list(names):
            if name.startswith("/usr/"):
                names.append(name[len("/usr"):])
            else:
                names.append("/usr" + name)
    queried = sorted({name for names in candidates.values() for name in names})
    found = {}
    for start in range(0, len(queried), 500):
        result = subprocess.run(["dpkg-query", "-S", *queried[start:start + 500]],
                                capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if line.startswith("diversion by") or ": " not in line:
                continue
            packages, name = line.split(": ", 1)
            found.setdefault(name, set()).update(
                p.strip().split(":")[0] for p in packages.split(","))
    return {path: set().union(*(found.get(name, set()) for name in names))
            for path, names in candidates.items()}


def cmake_cache(binary_dir):
    entries = {}
    for line in (binary_dir / "CMakeCache.txt").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.+-]+):[A-Z]+=(.*)$", line)
        if match:
            entries[match.group(1)] = match.group(2)
    return entries


def cmake_config_files(cache):
    """The package config files CMake loaded: <Name>Config.cmake in each <Name>_DIR."""
    files = []
    for key, value in cache.items():
        if key.endswith("_DIR") and os.path.isdir(value) and key != "CMAKE_HOME_DIRECTORY":
            name = key[:-len("_DIR")]
            for candidate in (f"{name}Config.cmake", f"{name.lower()}-config.cmake"):
                if os.path.isfile(os.path.join(value, candidate)):
                    files.append(os.path.join(value, candidate))
    return files


def build_tools(cache):
    keys = ["CMAKE_CXX_COMPILER", "CMAKE_MAKE_PROGRAM", "CMAKE_COMMAND", "CMAKE_CTEST_COMMAND",
            "CMAKE_CPACK_COMMAND"]
    return [cache[key] for key in keys if os.path.isabs(cache.get(key, ""))]


def headers_and_link_inputs(binary_dir):
    """Headers every compilation included (ninja -t deps) and the libraries link commands
    name: what the build used, not what CMake happened to find."""
    deps = run(["ninja", "-C", str(binary_dir), "-t", "deps"])
    headers = {line.strip() for line in deps.splitlines() if line.startswith("    /")}
    commands = run(["ninja", "-C", str(binary_dir), "-t", "commands"])
    libraries = set(re.findall(r"(?<=\s)(/[^\s]+\.(?:so|a)(?:\.[0-9.]+)?)(?=\s)", commands))
    return headers, libraries


def is_elf(path):
    try:
        with open(path, "rb") as file:
            return file.read(4) == b"\x7fELF"
    except OSError:
        return False


def linked_libraries(binaries, problems):
    libraries = set()
    for binary in binaries:
        for line in run(["ldd", str(binary)]).splitlines():
            if "not found" in line:
                problems.append(f"{binary} links {line.split()[0]}, which is not installed")
            match = re.search(r"(?:=> )?(/\S+) \(0x", line)
            if match:
                libraries.add(match.group(1))
    return libraries


def loaded_at_run_time(program, problems):
    """Every shared object the program loads while exporting headless, as over ssh: no
    display, no platform chosen (Qt's platform, image format and SQL plugins included)."""
    loaded = set()
    with tempfile.TemporaryDirectory() as tmp:
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
                       and not key.startswith("XDG_")}
        environment.update(HOME=tmp, LD_DEBUG="files")
        for arguments in PROGRAM_RUNS:
            command = [str(program), *(a.format(tmp=tmp) for a in arguments),
                       "--database", f"{tmp}/evidence.sqlite"]
            result = subprocess.run(command, env=environment, capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"'{' '.join(command)}' exited {result.returncode}:\n"
                                + "\n".join(line for line in result.stderr.splitlines()
                                            if "file=" not in line and "calling" not in line))
            loaded.update(re.findall(r"file=(/\S+) \[0\];\s+(?:needed|dynamically loaded)",
                                     result.stderr))
    # Qt also tries names that do not exist (libqsvg.so.avx2); only real files count.
    return {path for path in loaded if os.path.exists(path)}


def window_platform_plugin(problems):
    plugins = run(["qtpaths6", "--query", "QT_INSTALL_PLUGINS"]).strip()
    plugin = Path(plugins) / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        problems.append(f"the window's platform plugin {plugin} is not installed")
        return set()
    return {str(plugin)} | linked_libraries([plugin], problems)


def font_files():
    fonts = Path("/usr/share/fonts")
    return {str(p) for p in fonts.rglob("*") if p.suffix.lower() in (".ttf", ".otf", ".pfb")}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: setup_dependencies.py PACKAGE_LIST BINARY_DIR")
    package_list, binary_dir = Path(sys.argv[1]), Path(sys.argv[2]).resolve()
    for tool in ("dpkg-query", "apt-cache", "ninja", "ldd", "qtpaths6"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed; this test needs a Debian system")
            return 77

    listed = listed_packages(package_list)
    available = install_closure(listed) | required_packages()
    problems = []

    cache = cmake_cache(binary_dir)
    headers, link_inputs = headers_and_link_inputs(binary_dir)
    binaries = [p for p in binary_dir.rglob("*") if p.is_file() and os.access(p, os.X_OK)
                and is_elf(p) and "CMakeFiles" not in p.parts]
    program = binary_dir / "app" / "evidence-browser"

    uses = defaultdict(set)  # path -> what used it
    for path in cmake_config_files(cache):
        uses[path].add("a CMake package the build loads")
    for path in build_tools(cache):
        uses[path].add("a build tool")
    for path in headers:
        uses[path].add("a header the build includes")
    for path in link_inputs:
        uses[path].add("a library the build links")
    for path in linked_libraries(binaries, problems):
        uses[path].add("a library the executables load")
    for path in loaded_at_run_time(program, problems):
        uses[path].add("loaded by the program at run time")
    for path in window_platform_plugin(problems):
        uses[path].add("the window's platform plugin")
    for command in TEST_COMMANDS:
        found = shutil.which(command, path=os.pathsep.join(SYSTEM_BIN_DIRS))
        if found:
            uses[found].add("a command the tests run")
        else:
            problems.append(f"the tests run '{command}', which no Debian package installed")
    ours = (cache["CMAKE_HOME_DIRECTORY"], str(binary_dir))
    uses = {path: why for path, why in uses.items() if not path.startswith(ours)}

    owning = owners(uses)
    not_installed = defaultdict(list)
    for path, packages in sorted(owning.items()):
        if not packages:
            problems.append(f"{path} ({', '.join(sorted(uses[path]))}) belongs to no Debian "
                            "package: installed by hand?")
        elif not packages & available:
            not_installed[" or ".join(sorted(packages))].append(path)
    for package, paths in sorted(not_installed.items()):
        reasons = sorted(set().union(*(uses[p] for p in paths)))
        shown = "\n    ".join(paths[:3]) + (f"\n    ... and {len(paths) - 3} more"
                                              if len(paths) > 3 else "")
        problems.append(f"{package} is used ({'; '.join(reasons)}) but packaging/dev.sh does "
                        f"not install it; add it to packaging/debian-packages.txt:\n    {shown}")

    fonts = font_files()
    font_owners = owners(fonts)
    if not any(packages & available for packages in font_owners.values()):
        problems.append("no font under /usr/share/fonts comes from a package the set-up "
                        "installs: headless figures would have no glyphs")

    if problems:
        for problem in problems:
            print(f"FAIL: {problem}", file=sys.stderr)
        return 1
    packages = set().union(*owning.values())
    print(f"PASS: {len(owning)} files the build, the tests and the program use come from "
          f"{len(packages)} Debian packages, each installed by packaging/dev.sh "
          f"({len(listed)} listed, {len(available)} with their dependencies and the "
          "required packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
