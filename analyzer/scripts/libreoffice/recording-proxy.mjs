// Records every request LibreOffice sends (method, path, headers, raw body), forwards it to the Tiankong server, records the answer.
import http from 'node:http';
import { appendFileSync } from 'node:fs';
const target = process.argv[2];
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const forward = http.request(target + req.url, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
      const out = [];
      answer.on('data', (c) => out.push(c));
      answer.on('end', () => {
        const responseBody = Buffer.concat(out).toString('utf8');
        appendFileSync('requests.jsonl', JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: body.toString('utf8'), status: answer.statusCode, response: responseBody }) + '\n');
        res.writeHead(answer.statusCode, answer.headers).end(responseBody);
      });
    });
    forward.on('error', (error) => res.writeHead(502).end(String(error)));
    forward.end(body);
  });
}).listen(18082, '127.0.0.1');
