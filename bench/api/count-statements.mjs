/**
 * Counts the SQL statements a server process sends to PostgreSQL, for the servers that have no
 * `extensions.sqlStatements` of their own (PostGraphile, the hand-written SQL handler): every
 * client of the pool gets its `query` wrapped when it connects. The count is served on
 * GET /__statements so the bench can read it before and after a request.
 */
export function countStatements(pool) {
  const counter = { statements: 0 };
  pool.on('connect', (client) => {
    const query = client.query;
    client.query = function countedQuery(...args) {
      counter.statements += 1;
      return query.apply(this, args);
    };
  });
  return counter;
}

/** Answers GET /__statements (and /healthz) before the server's own handler; true when handled. */
export function statsRoute(req, res, counter) {
  if (req.method === 'GET' && req.url === '/__statements') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements: counter.statements }));
    return true;
  }
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return true;
  }
  return false;
}
