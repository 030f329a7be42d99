#include "db/note_findings_rows.h"

#include "db/id_list.h"
#include "db/record_damage.h"
#include "sessions/session_choices.h"

namespace knotwork::db {

using namespace knotwork::sessions;

namespace {

// A ROM column, from the direction's key: "flexion_before", "flexion_after", …
std::string romColumn(std::string_view direction, std::string_view moment)
{
    return std::string(direction) + "_" + std::string(moment);
}

std::vector<std::string> romColumns()
{
    std::vector<std::string> columns;
    for (const auto& direction : choices<RomDirection>()) {
        columns.push_back(romColumn(direction.key, "before"));
        columns.push_back(romColumn(direction.key, "after"));
    }
    return columns;
}

std::vector<BatchedInsert::Column> findingsColumns()
{
    using enum BatchedInsert::Type;
    std::vector<BatchedInsert::Column> columns = {{"note_id", Integer}, {"client_id", Integer},
                                                  {"visit_date", Text}, {"diary_days", Integer},
                                                  {"headache_days", Integer}, {"average_intensity", Integer},
                                                  {"worst_intensity", Integer}, {"medication_days", Integer}};
    for (std::string& rom : romColumns())
        columns.push_back({std::move(rom), Integer});
    for (const char* name : {"cfrt_left", "cfrt_right", "pain_before", "pain_after"})
        columns.push_back({name, Integer});
    return columns;
}

} // namespace

NoteFindingsWriter::NoteFindingsWriter(soci::session& session, std::size_t rowsPerStatement)
    : m_insert(session, "note_findings", findingsColumns(), rowsPerStatement)
{
}

void NoteFindingsWriter::insert(const VisitFindings& findings, clients::ClientId client)
{
    m_insert.integer(findings.noteId);
    m_insert.integer(client);
    m_insert.text(isoDate(findings.visitDate));
    m_insert.integer(findings.diaryDays);
    for (const std::optional<int>& count : {findings.headacheDays, findings.averageIntensity,
                                            findings.worstIntensity, findings.medicationDays})
        m_insert.integer(count);
    for (const auto& direction : choices<RomDirection>()) {
        const auto measure = findings.rom.find(direction.value);
        const RomMeasure rom = measure == findings.rom.end() ? RomMeasure{} : measure->second;
        m_insert.integer(rom.before);
        m_insert.integer(rom.after);
    }
    for (const std::optional<int>& value :
         {findings.cfrtLeft, findings.cfrtRight, findings.painBefore, findings.painAfter})
        m_insert.integer(value);
    m_insert.endRow();
}

namespace {

const std::string& findingsSelect()
{
    static const std::string select = [] {
        std::string columns;
        for (const BatchedInsert::Column& column : findingsColumns())
            columns += (columns.empty() ? "" : ", ") + column.name;
        return "SELECT " + columns + " FROM note_findings";
    }();
    return select;
}

VisitFindings findingsOfRow(const soci::row& row)
{
    RowReader read(row);
    VisitFindings findings;
    findings.noteId = read.integer("note_id");
    readRecord(kSessionNote, findings.noteId, [&] {
        findings.visitDate = read.date("visit_date");
        findings.diaryDays = static_cast<int>(read.integer("diary_days"));
        findings.headacheDays = read.optionalInt("headache_days");
        findings.averageIntensity = read.optionalInt("average_intensity");
        findings.worstIntensity = read.optionalInt("worst_intensity");
        findings.medicationDays = read.optionalInt("medication_days");
        for (const auto& direction : choices<RomDirection>()) {
            RomMeasure rom;
            rom.before = read.optionalInt(romColumn(direction.key, "before"));
            rom.after = read.optionalInt(romColumn(direction.key, "after"));
            if (rom != RomMeasure{})
                findings.rom[direction.value] = rom;
        }
        findings.cfrtLeft = read.optionalInt("cfrt_left");
        findings.cfrtRight = read.optionalInt("cfrt_right");
        findings.painBefore = read.optionalInt("pain_before");
        findings.painAfter = read.optionalInt("pain_after");
    });
    return findings;
}

} // namespace

std::vector<VisitFindings> readNoteFindings(Database& database, clients::ClientId client)
{
    std::vector<VisitFindings> all;
    forEachRow(database, findingsSelect() + " WHERE client_id = :id ORDER BY visit_date, note_id", client,
               [&all](const soci::row& row) { all.push_back(findingsOfRow(row)); });
    return all;
}

std::map<clients::ClientId, std::vector<VisitFindings>> readNoteFindings(soci::session& session,
                                                                         const std::vector<clients::ClientId>& clients)
{
    std::map<clients::ClientId, std::vector<VisitFindings>> all;
    if (clients.empty())
        return all;
    soci::rowset<soci::row> rows = session.prepare << findingsSelect() + " WHERE client_id IN (" + idList(clients)
                                                          + ") ORDER BY client_id, visit_date, note_id";
    for (const soci::row& row : rows)
        all[RowReader(row).integer("client_id")].push_back(findingsOfRow(row));
    return all;
}

} // namespace knotwork::db
