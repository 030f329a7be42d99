#include "db/record_damage.h"

#include <regex>
#include <soci/soci.h>

#include "common/i18n.h"

namespace knotwork::db {

namespace {

std::string damageMessage(const std::string& record, const std::string& problem)
{
    return formatMessage(_("In this practice, {} is damaged: {}. Knotwork has not changed it; restore your "
                           "latest backup, or ask for help with the file."),
                         record, problem);
}

// nlohmann's messages start with their own code ("[json.exception.parse_error.101] "), which
// means nothing to a person.
std::string withoutLibraryCode(const std::string& message)
{
    static const std::regex code(R"(^\[[a-z_.]+\.[0-9]+\] )");
    return std::regex_replace(message, code, "", std::regex_constants::format_first_only);
}

} // namespace

DamagedRecordError::DamagedRecordError(std::string record, std::string problem, bool named)
    : PracticeFileError(damageMessage(record, problem)),
      m_record(std::move(record)),
      m_problem(std::move(problem)),
      m_named(named)
{
}

std::string recordName(const char* kind, long long id)
{
    return formatMessage(translate(kind), id);
}

void rethrowAsDamagedRecord(const char* kind, long long id)
{
    try {
        throw;
    } catch (const DamagedRecordError& damage) {
        if (damage.named())
            throw;
        throw DamagedRecordError(recordName(kind, id), damage.problem());
    } catch (const ValidationError& invalid) {
        // A stored date or time that is not one (parseIsoDate names the column).
        throw DamagedRecordError(recordName(kind, id), invalid.what());
    } catch (const Error&) {
        throw;
    } catch (const soci::soci_error&) {
        throw;  // the database's own failure (busy, I/O): the caller's rethrowAsStorageError says so
    } catch (const std::exception& failure) {
        throw DamagedRecordError(recordName(kind, id), withoutLibraryCode(failure.what()));
    }
}

} // namespace knotwork::db
