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

std::string joined(const std::vector<std::string>& names, const std::string& prefix)
{
    std::string list;
    for (const std::string& name : names)
        list += ", " + prefix + name;
    return list;
}

const char* const kLeadingColumns =
    "note_id, client_id, visit_date, diary_days, headache_days, average_intensity, "
    "worst_intensity, medication_days";
const char* const kTrailingColumns = "cfrt_left, cfrt_right, pain_before, pain_after";

} // namespace

NoteFindingsWriter::NoteFindingsWriter(soci::session& session) : m_insert(session)
{
    const std::vector<std::string> rom = romColumns();
    m_insert.exchange(soci::use(m_noteId, "note_id"));
    m_insert.exchange(soci::use(m_clientId, "client_id"));
    m_insert.exchange(soci::use(m_visitDate, "visit_date"));
    m_insert.exchange(soci::use(m_diaryDays, "diary_days"));
    m_insert.exchange(soci::use(m_headacheDays.value, m_headacheDays.indicator, "headache_days"));
    m_insert.exchange(soci::use(m_average.value, m_average.indicator, "average_intensity"));
    m_insert.exchange(soci::use(m_worst.value, m_worst.indicator, "worst_intensity"));
    m_insert.exchange(soci::use(m_medicationDays.value, m_medicationDays.indicator, "medication_days"));
    for (std::size_t i = 0; i < rom.size(); ++i)
        m_insert.exchange(soci::use(m_rom[i].value, m_rom[i].indicator, rom[i]));
    m_insert.exchange(soci::use(m_cfrtLeft.value, m_cfrtLeft.indicator, "cfrt_left"));
    m_insert.exchange(soci::use(m_cfrtRight.value, m_cfrtRight.indicator, "cfrt_right"));
    m_insert.exchange(soci::use(m_painBefore.value, m_painBefore.indicator, "pain_before"));
    m_insert.exchange(soci::use(m_painAfter.value, m_painAfter.indicator, "pain_after"));
    m_insert.alloc();
    m_insert.prepare(std::string("INSERT INTO note_findings (") + kLeadingColumns + joined(rom, "")
                     + ", " + kTrailingColumns
                     + ") VALUES (:note_id, :client_id, :visit_date, :diary_days, :headache_days, "
                       ":average_intensity, :worst_intensity, :medication_days"
                     + joined(rom, ":") + ", :cfrt_left, :cfrt_right, :pain_before, :pain_after)");
    m_insert.define_and_bind();
}

void NoteFindingsWriter::insert(const VisitFindings& findings, clients::ClientId client)
{
    m_noteId = findings.noteId;
    m_clientId = client;
    m_visitDate = isoDate(findings.visitDate);
    m_diaryDays = findings.diaryDays;
    m_headacheDays = Nullable<int>(findings.headacheDays);
    m_average = Nullable<int>(findings.averageIntensity);
    m_worst = Nullable<int>(findings.worstIntensity);
    m_medicationDays = Nullable<int>(findings.medicationDays);
    std::size_t column = 0;
    for (const auto& direction : choices<RomDirection>()) {
        const auto measure = findings.rom.find(direction.value);
        const RomMeasure rom = measure == findings.rom.end() ? RomMeasure{} : measure->second;
        m_rom[column++] = Nullable<int>(rom.before);
        m_rom[column++] = Nullable<int>(rom.after);
    }
    m_cfrtLeft = Nullable<int>(findings.cfrtLeft);
    m_cfrtRight = Nullable<int>(findings.cfrtRight);
    m_painBefore = Nullable<int>(findings.painBefore);
    m_painAfter = Nullable<int>(findings.painAfter);
    m_insert.execute(true);
}

namespace {

const std::string& findingsSelect()
{
    static const std::string select = std::string("SELECT ") + kLeadingColumns + joined(romColumns(), "") + ", "
                                      + kTrailingColumns + " FROM note_findings";
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

std::vector<VisitFindings> readNoteFindings(soci::session& session, clients::ClientId client)
{
    std::vector<VisitFindings> all;
    forEachRow(session, findingsSelect() + " WHERE client_id = :id ORDER BY visit_date, note_id", client,
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
