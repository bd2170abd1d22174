import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

export type StaticServer = { name: string; url: string; stop: () => Promise<void> };

const NGINX = "/usr/sbin/nginx";

/**
 * Serves one HTML file as the speed of light for a page: nginx (Debian's package) with one
 * worker when installed, else a minimal Node server that answers from memory.
 */
export async function startStaticServer(dir: string, html: string, port: number): Promise<StaticServer> {
  const www = path.join(dir, "www");
  mkdirSync(www, { recursive: true });
  writeFileSync(path.join(www, "article.html"), html);
  // nginx's workers drop root; they must be able to read the file.
  for (const folder of [dir, www]) chmodSync(folder, 0o755);
  const url = `http://127.0.0.1:${port}/article.html`;

  if (existsSync(NGINX)) {
    const conf = path.join(dir, "nginx.conf");
    writeFileSync(
      conf,
      `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  types { text/html html; }
  server { listen 127.0.0.1:${port}; root ${www}; } }\n`,
    );
    const nginx: ChildProcess = spawn(NGINX, ["-c", conf, "-p", dir], { stdio: "inherit" });
    await waitFor(url);
    return { name: "nginx static file", url, stop: () => stopProcess(nginx) };
  }

  const body = Buffer.from(html);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    name: "Node static server (nginx not installed)",
    url,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
