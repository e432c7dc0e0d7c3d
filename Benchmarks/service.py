"""The service under load, for Benchmarks/run: `hexaglot serve` on a free
loopback port, wrk against GET of a cached rendering and POST /check of the six
text renderings (Benchmarks/load/check.lua sends the multipart body), with the
server's CPU time per request read from /proc before and after each scenario.
Every answer's status is counted by wrk (non-2xx answers are errors), and the
check's answer is compared once with the in-process check's findings."""

import json
import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.request

LOAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "load")
DOCUMENT = "cbd-wg2020-2-2"


def cpu_seconds(pid):
    """User + system CPU time of a process (all its threads), from /proc/PID/stat."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(output):
    """Requests, requests per second, p50 and p99 in ms, and errors (socket errors and non-2xx answers)."""
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    errors = 0
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket:
        errors += sum(int(g) for g in socket.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non2xx:
        errors += int(non2xx.group(1))
    return {"requests": requests, "requests_per_second": rate, "p50_ms": p50, "p99_ms": p99, "errors": errors}


def multipart(files, boundary):
    body = b""
    for path in files:
        body += ("--%s\r\nContent-Disposition: form-data; name=\"files\"; filename=\"%s\"\r\n"
                 "Content-Type: text/plain\r\n\r\n" % (boundary, os.path.basename(path))).encode()
        body += open(path, "rb").read() + b"\r\n"
    return body + ("--%s--\r\n" % boundary).encode()


def measure(hexaglot, wrk, root, files, quick, log):
    seconds = 3 if quick else 10
    work = tempfile.mkdtemp(prefix="hexaglot-service-")
    stdout = open(os.path.join(work, "stdout"), "w+")
    server = subprocess.Popen([hexaglot, "serve", "--host", "127.0.0.1", "--port", "0",
                               "--documents", os.path.join(root, "Documents")],
                              stdout=stdout, stderr=open(os.path.join(work, "access.log"), "w"), cwd=root)
    try:
        base = None
        for _ in range(300):
            stdout.seek(0)
            found = re.search(r"http://127\.0\.0\.1:\d+", stdout.read())
            if found:
                base = found.group(0)
                break
            if server.poll() is not None:
                raise RuntimeError("hexaglot serve exited %d" % server.returncode)
            time.sleep(0.05)
        if base is None:
            raise RuntimeError("hexaglot serve did not say where it listens")
        boundary = "hexaglot-bench-boundary"
        body_path = os.path.join(work, "check-body")
        with open(body_path, "wb") as f:
            f.write(multipart(files, boundary))
        request = urllib.request.Request(base + "/check", data=open(body_path, "rb").read(), method="POST", headers={
            "Content-Type": "multipart/form-data; boundary=" + boundary, "Accept": "application/json"})
        with urllib.request.urlopen(request) as answer:
            report = json.loads(answer.read())
        rendering_url = "%s/documents/%s/en.html" % (base, DOCUMENT)
        urllib.request.urlopen(rendering_url).read()  # cached from here on
        scenarios = {
            "rendering": ([wrk, "-t2", "-c16", "-d%ds" % seconds, "--timeout", "30s", "--latency", rendering_url], {}),
            "check": ([wrk, "-t2", "-c4", "-d%ds" % seconds, "--timeout", "30s", "--latency",
                       "-s", os.path.join(LOAD, "check.lua"), base + "/"],
                      {"HEXAGLOT_CHECK_BODY": body_path, "HEXAGLOT_BOUNDARY": boundary}),
        }
        version = subprocess.run([wrk, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        result = {"load_generator": version.split(" Copyright")[0] or "wrk", "seconds": seconds, "document": DOCUMENT, "files": [os.path.basename(f) for f in files],
                  "check_findings_in_answer": len(report.get("findings", [])) if isinstance(report, dict) else None}
        for name, (command, env) in scenarios.items():
            before = cpu_seconds(server.pid)
            load = " ".join(open("/proc/loadavg").read().split()[:3])
            output = subprocess.run(command, check=True, capture_output=True, text=True, env={**os.environ, **env}).stdout
            used = cpu_seconds(server.pid) - before
            figures = parse_wrk(output)
            figures.update({"connections": int(re.search(r"-c(\d+)", " ".join(command)).group(1)),
                            "server_cpu_seconds": round(used, 3),
                            "cpu_ms_per_request": 1000 * used / max(1, figures["requests"]), "load_average": load})
            result[name] = figures
            log("service: %s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d errors, %.3f ms of server CPU a request (load %s)"
                % (name, figures["requests_per_second"], figures["p50_ms"], figures["p99_ms"], figures["errors"],
                   figures["cpu_ms_per_request"], load))
        return result
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
