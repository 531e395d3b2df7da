// Preloaded with `node --require` in front of third-party servers that listen on every interface
// (for example @modelcontextprotocol/server-everything, which calls app.listen(PORT)).
// It pins any listen() that names no host to 127.0.0.1, so test servers stay on loopback.
'use strict';
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] !== 'string') {
      args.splice(1, 0, '127.0.0.1');
    }
  } else if (args[0] !== null && typeof args[0] === 'object' && !('path' in args[0]) && !args[0].host) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};
