#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace knotwork {

// Every error a person may read. what() is already translated and complete: front ends show it
// as it is (a dialog in the GUI, stderr in the CLI) and never add technical detail in front.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One rule one field broke. `field` is a stable key ("date_of_birth", "headache.intensity"),
// the same in forms, the CLI's JSON and tests; `message` is translated and names the field in
// words.
struct FieldProblem {
    std::string field;
    std::string rule;
    std::string message;
};

// Input that breaks a rule. Names the field and the rule so a form can mark the field; when a
// whole form was checked it carries every problem found, the first one in what().
class ValidationError : public Error {
public:
    ValidationError(std::string field, std::string rule, const std::string& message);
    explicit ValidationError(std::vector<FieldProblem> problems);

    const std::string& field() const { return m_problems.front().field; }
    const std::string& rule() const { return m_problems.front().rule; }
    const std::vector<FieldProblem>& problems() const { return m_problems; }

private:
    std::vector<FieldProblem> m_problems;
};

// A record or file that was asked for and is not there.
class NotFoundError : public Error {
public:
    using Error::Error;
};

// Someone else changed the record first; nothing was overwritten.
class ConflictError : public Error {
public:
    using Error::Error;
};

// The storage failed (disk full, locked, permission). The write did not happen.
class StorageError : public Error {
public:
    using Error::Error;
};

// The connection to the clinic server is gone (the server restarted, the network dropped).
// Nothing was saved; the practice connects again by itself (db::Database::reconnectIfLost).
class ConnectionLostError : public StorageError {
public:
    using StorageError::StorageError;
};

// The practice file cannot be used as it is: damaged, not a Knotwork practice, or written by a
// newer Knotwork. Nothing was changed in it.
class PracticeFileError : public StorageError {
public:
    using StorageError::StorageError;
};

// The practice is encrypted and no passphrase, or a wrong one, was given. Nothing was changed;
// the front end asks again.
class PassphraseError : public PracticeFileError {
public:
    enum class Reason { Needed, Wrong };
    PassphraseError(Reason reason, const std::string& message) : PracticeFileError(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

// The practice's record chain is keyed with a key this computer does not hold (a plain practice
// moved here without its key file): it can be read, but nothing is written until the recovery
// code is entered or a new key is started. Nothing was changed.
class RecordKeyMissingError : public StorageError {
public:
    using StorageError::StorageError;
};

} // namespace knotwork
