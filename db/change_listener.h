#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "db/server_address.h"

typedef struct pg_conn PGconn;

namespace knotwork::db {

class Database;

// One change another statement committed on the clinic server (migration 0015): the table it
// changed and, when its rows concerned one client, that client.
struct ChangeNotice {
    std::string table;
    long long client = 0;  // 0: no client, or several
    // Made through this desk's own connection to the practice: the desk showed it already.
    bool own = false;

    friend bool operator==(const ChangeNotice&, const ChangeNotice&) = default;
};

// What one poll found.
struct ChangePoll {
    std::vector<ChangeNotice> notices;
    // The listener's connection was lost and is back: notices may have been missed meanwhile,
    // so whatever shows the practice reads it again.
    bool refreshEverything = false;
    // The connection is lost and could not be made again yet (the next poll tries again).
    bool disconnected = false;
};

// Listens for the change notices of a practice on a clinic server, on a connection of its own
// (LISTEN holds it; the practice's own connection stays free for reads and writes). Polling never
// waits for the server, but making the connection again after it was lost does (a few seconds at
// most, and while the server does not answer, once every few seconds). Not thread-safe: poll
// from the thread that uses `practice`.
class ChangeListener {
public:
    static constexpr const char* kChannel = "knotwork_changes";

    // Connects to the server `practice` is on and listens. StorageError when it cannot.
    explicit ChangeListener(Database& practice);
    ~ChangeListener();
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    // The notices that arrived since the last poll, in order; the listener's connection is made
    // again when it was lost (the server restarted).
    ChangePoll poll();
    // The server's process id of the listener's connection (tests end it to cut the connection).
    int backendPid() const;

private:
    // Connects and listens; false when the server cannot be reached.
    bool connect();

    Database& m_practice;
    ServerAddress m_address;
    std::unique_ptr<PGconn, void (*)(PGconn*)> m_connection;
    std::chrono::steady_clock::time_point m_nextAttempt{};  // after a failed attempt to connect again
};

// "clients:42" → {"clients", 42}; "providers" → {"providers", 0}.
ChangeNotice parseChangePayload(const std::string& payload);

} // namespace knotwork::db
