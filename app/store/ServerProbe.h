#pragma once

#include <QString>

// Tells "nobody answers at this address" (server down, wrong host or port) from "the server
// answered and refused us" without reading libpq's message, which is translated into the
// user's language and so cannot be matched reliably.
namespace ServerProbe {
// True when something accepts a connection on host:port, or on the socket
// <host>/.s.PGSQL.<port> when host is a directory.
bool reachable(const QString &host, int port, int timeoutMs = 2000);
}
