#pragma once

#include <optional>
#include <string>

namespace knotwork::db {

// One line of the audit trail: what happened to which record. Who and when are added by the
// WriteTransaction that records it.
struct AuditEntry {
    std::string entity;                 // "client", "note", "schema", …
    std::string entityId;               // empty when the entry is about the whole practice
    std::string action;                 // "create", "update", "archive", "sign", "migrate", …
    std::optional<std::string> before;  // the record as JSON before the change
    std::optional<std::string> after;   // the record as JSON after the change
};

} // namespace knotwork::db
