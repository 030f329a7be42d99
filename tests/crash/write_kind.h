#pragma once
// The kinds of write the crash test kills: each a knotwork-cli command a therapist or a script runs.

#include <array>
#include <string_view>

namespace knotwork::crash {

enum class WriteKind {
    Client,      // client add
    Provider,    // provider add
    SignedNote,  // session add --sign: added and signed in one action
    Draft,       // session add
    Signing,     // session sign of a draft
    Addendum,    // session addendum of a signed note
    Plan,        // plan add --from
    Measure,     // measure add
    Report,      // report progress --out: a PDF and its disclosure row
    Backup,      // backup
    Export,      // export --out
    Import,      // import --from into a new practice
    Settings,    // settings set
    Visit,       // appointment add
    Move,        // appointment move of a booked visit
    Cancel,      // appointment cancel of a booked visit
    Series,      // schedule book-plan --yes: a year of a plan's visits, all or none
    Reminders,   // reminders send: tomorrow's reminders to the test's mail server
    Checkout,    // checkout of an arrived visit with two payments: the invoice and both, or none
    Payment,     // payment add toward an invoice checked out
};

inline constexpr std::array kWriteKinds{WriteKind::Client,  WriteKind::Provider, WriteKind::SignedNote,
                                        WriteKind::Draft,   WriteKind::Signing,  WriteKind::Addendum,
                                        WriteKind::Plan,    WriteKind::Measure,  WriteKind::Report,
                                        WriteKind::Backup,  WriteKind::Export,   WriteKind::Import,
                                        WriteKind::Settings, WriteKind::Visit,    WriteKind::Move,
                                        WriteKind::Cancel,   WriteKind::Series,   WriteKind::Reminders,
                                        WriteKind::Checkout, WriteKind::Payment};

constexpr std::string_view commandOf(WriteKind kind)
{
    switch (kind) {
    case WriteKind::Client: return "client add";
    case WriteKind::Provider: return "provider add";
    case WriteKind::SignedNote: return "session add --sign";
    case WriteKind::Draft: return "session add";
    case WriteKind::Signing: return "session sign";
    case WriteKind::Addendum: return "session addendum";
    case WriteKind::Plan: return "plan add";
    case WriteKind::Measure: return "measure add";
    case WriteKind::Report: return "report progress";
    case WriteKind::Backup: return "backup";
    case WriteKind::Export: return "export";
    case WriteKind::Import: return "import";
    case WriteKind::Settings: return "settings set";
    case WriteKind::Visit: return "appointment add";
    case WriteKind::Move: return "appointment move";
    case WriteKind::Cancel: return "appointment cancel";
    case WriteKind::Series: return "schedule book-plan";
    case WriteKind::Reminders: return "reminders send";
    case WriteKind::Checkout: return "checkout";
    case WriteKind::Payment: return "payment add";
    }
    return "?";
}

} // namespace knotwork::crash
