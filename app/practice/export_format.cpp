#include "app/practice/export_format.h"

#include <algorithm>
#include <array>

#include "clients/client_json.h"
#include "common/i18n.h"
#include "common/sha256.h"
#include "common/strict_json.h"
#include "plans/plan_json.h"
#include "sessions/session_json.h"

namespace knotwork::app::export_format {

namespace {

// Text columns that hold a JSON document, and the domain's strict reader of each (none for the
// audit trail's before/after, whose shape is each entity's JSON at the time).
using BodyReader = void (*)(const nlohmann::json&);
struct JsonColumn {
    std::string_view table;
    std::string_view column;
    BodyReader reader;
};

const std::array kJsonColumns{
    JsonColumn{"clients", "intake", [](const nlohmann::json& body) { (void)body.get<clients::Intake>(); }},
    JsonColumn{"session_notes", "body",
               [](const nlohmann::json& body) { sessions::SoapNote note; sessions::readNoteBody(body, note); }},
    JsonColumn{"treatment_plans", "body",
               [](const nlohmann::json& body) { plans::TreatmentPlan plan; plans::readPlanBody(body, plan); }},
    JsonColumn{"plan_templates", "body",
               [](const nlohmann::json& body) { plans::PlanTemplate t; plans::readTemplateBody(body, t); }},
    JsonColumn{"outcome_measures", "answers",
               [](const nlohmann::json& body) { plans::OutcomeMeasure m; plans::readMeasureAnswers(body, m); }},
    JsonColumn{"audit_log", "before_state", nullptr},
    JsonColumn{"audit_log", "after_state", nullptr},
};

const JsonColumn* jsonColumn(std::string_view table, std::string_view column)
{
    const auto found = std::find_if(kJsonColumns.begin(), kJsonColumns.end(), [&](const JsonColumn& known) {
        return known.table == table && known.column == column;
    });
    return found == kJsonColumns.end() ? nullptr : &*found;
}

std::string cellKeyText(const db::Cell& cell)
{
    switch (cell.kind) {
    case db::Cell::Kind::Integer: return std::to_string(cell.integer);
    case db::Cell::Kind::Real: return Json(cell.real).dump();
    case db::Cell::Kind::Text: return cell.bytes;
    default: return "";
    }
}

std::string blobEntry(const std::string& table, const std::string& key, const std::string& column)
{
    if (table == "attachments" && column == "content")
        return "attachments/" + key;
    return "blobs/" + table + "/" + key + "/" + column;
}

// Whether a stored JSON document goes into the archive as a JSON value: when writing that value
// again gives back the very same text (every document Knotwork writes), so an import stores
// exactly what was exported. Otherwise, and for a bare string, the text goes in as a string.
bool isEmbeddable(const std::string& text)
{
    const Json parsed = Json::parse(text, nullptr, false);
    return !parsed.is_discarded() && !parsed.is_string() && parsed.dump() == text;
}

void checkBody(const JsonColumn& column, const std::string& text, const std::string& table, const std::string& key,
               std::vector<FieldProblem>& problems)
{
    if (!column.reader)
        return;
    const std::string name(column.column);
    try {
        const nlohmann::json body = strict_json::parse(text, name);
        const json_io::StrictKeys strict;
        column.reader(body);
    } catch (const ValidationError& error) {
        for (const FieldProblem& problem : error.problems())
            addProblem(problems, table, key, problem.field == name ? name : name + "." + problem.field, problem.rule,
                       problem.message);
    } catch (const nlohmann::json::exception& error) {
        addProblem(problems, table, key, name, "json", error.what());
    }
}

std::optional<db::Cell> cellFromJson(const db::TableShape& table, const db::TableColumn& column, const Json& value,
                                     const std::string& key, const std::map<std::string, std::string>& entries,
                                     std::vector<FieldProblem>& problems)
{
    const auto problem = [&](const char* rule, const std::string& message) {
        addProblem(problems, table.name, key, column.name, rule, message);
        return std::nullopt;
    };
    db::Cell cell;
    if (value.is_null()) {
        if (column.notNull)
            return problem("required", _("must have a value"));
        return cell;
    }
    switch (db::affinityOf(column.declaredType)) {
    case db::Affinity::Integer:
        if (!value.is_number_integer()
            || (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)))
            return problem("type", _("must be a whole number"));
        cell.kind = db::Cell::Kind::Integer;
        cell.integer = value.get<long long>();
        return cell;
    case db::Affinity::Real:
    case db::Affinity::Numeric:
        if (!value.is_number())
            return problem("type", _("must be a number"));
        if (value.is_number_float()) {
            cell.kind = db::Cell::Kind::Real;
            cell.real = value.get<double>();
        } else {
            cell.kind = db::Cell::Kind::Integer;
            cell.integer = value.get<long long>();
        }
        return cell;
    case db::Affinity::Text: {
        cell.kind = db::Cell::Kind::Text;
        if (const JsonColumn* body = jsonColumn(table.name, column.name)) {
            cell.bytes = value.is_string() ? value.get<std::string>() : value.dump();
            const std::size_t before = problems.size();
            checkBody(*body, cell.bytes, table.name, key, problems);
            if (problems.size() != before)
                return std::nullopt;
            return cell;
        }
        if (!value.is_string())
            return problem("type", _("must be text"));
        cell.bytes = value.get<std::string>();
        return cell;
    }
    case db::Affinity::Blob: {
        const std::string entry = value.is_object() && value.contains("entry") && value["entry"].is_string()
                                      ? value["entry"].get<std::string>()
                                      : std::string();
        const auto found = entries.find(entry);
        if (found == entries.end())
            return problem("file", formatMessage(_("names no file of the archive ({})"), value.dump()));
        if (!value.contains("sha256") || value["sha256"] != sha256Hex(found->second))
            return problem("sha256", formatMessage(_("the bytes of {} do not match their SHA-256"), entry));
        cell.kind = db::Cell::Kind::Blob;
        cell.bytes = found->second;
        return cell;
    }
    }
    return std::nullopt;
}

} // namespace

bool isBookkeepingTable(std::string_view table)
{
    static constexpr std::array<std::string_view, 2> kBookkeeping{"sqlite_sequence", "unfinished_files"};
    return std::find(kBookkeeping.begin(), kBookkeeping.end(), table) != kBookkeeping.end();
}

std::string tableEntry(std::string_view table)
{
    return "tables/" + std::string(table) + ".json";
}

std::string recordKey(const db::TableShape& table, const std::vector<db::Cell>& row)
{
    std::string key;
    for (const std::string& column : table.primaryKey) {
        const auto at = std::find_if(table.columns.begin(), table.columns.end(),
                                     [&](const db::TableColumn& c) { return c.name == column; });
        if (at == table.columns.end())
            continue;
        if (!key.empty())
            key += ',';
        key += cellKeyText(row[static_cast<std::size_t>(at - table.columns.begin())]);
    }
    return key;
}

std::string rowJson(const db::TableShape& table, const std::vector<db::Cell>& row,
                    std::map<std::string, std::string>& blobs)
{
    // Written as text rather than built as a JSON value and dumped: a note's body goes in as
    // the very text it is stored as (embeddedJson checked it is what dumping it would give).
    std::string text = "{";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const db::Cell& cell = row[i];
        const std::string& column = table.columns[i].name;
        text += (i ? ",\"" : "\"") + column + "\":";
        switch (cell.kind) {
        case db::Cell::Kind::Null: text += "null"; break;
        case db::Cell::Kind::Integer: text += std::to_string(cell.integer); break;
        case db::Cell::Kind::Real: text += Json(cell.real).dump(); break;
        case db::Cell::Kind::Text:
            text += jsonColumn(table.name, column) && isEmbeddable(cell.bytes) ? cell.bytes : Json(cell.bytes).dump();
            break;
        case db::Cell::Kind::Blob: {
            const std::string entry = blobEntry(table.name, recordKey(table, row), column);
            Json blob = Json::object();
            blob["entry"] = entry;
            blob["sha256"] = sha256Hex(cell.bytes);
            blob["bytes"] = cell.bytes.size();
            text += blob.dump();
            blobs[entry] = cell.bytes;
            break;
        }
        }
    }
    return text + "}";
}

std::optional<std::vector<db::Cell>> rowFromJson(const db::TableShape& table, const Json& object,
                                                 const std::map<std::string, std::string>& entries,
                                                 std::vector<FieldProblem>& problems)
{
    const std::size_t before = problems.size();
    std::string key;
    if (!object.is_object()) {
        addProblem(problems, table.name, "?", "", "type", _("each record must be a JSON object"));
        return std::nullopt;
    }
    for (const std::string& column : table.primaryKey) {
        if (!key.empty())
            key += ',';
        if (!object.contains(column))
            key += '?';
        else if (object[column].is_string())
            key += object[column].get<std::string>();
        else
            key += object[column].dump();
    }
    for (const auto& item : object.items()) {
        const std::string& name = item.key();  // clang 14 (the fuzz preset) cannot capture a structured binding
        if (std::none_of(table.columns.begin(), table.columns.end(),
                         [&](const db::TableColumn& c) { return c.name == name; }))
            addProblem(problems, table.name, key, name, "unknown", _("is not a field of this record"));
    }
    std::vector<db::Cell> cells;
    for (const db::TableColumn& column : table.columns) {
        if (!object.contains(column.name)) {
            addProblem(problems, table.name, key, column.name, "missing", _("is missing"));
            continue;
        }
        if (std::optional<db::Cell> cell = cellFromJson(table, column, object[column.name], key, entries, problems))
            cells.push_back(std::move(*cell));
    }
    if (problems.size() != before)
        return std::nullopt;
    return cells;
}

void addProblem(std::vector<FieldProblem>& problems, const std::string& table, const std::string& key,
                const std::string& column, const std::string& rule, const std::string& message)
{
    problems.push_back({table + "[" + key + "]" + (column.empty() ? "" : "." + column), rule,
                        table + " #" + key + (column.empty() ? "" : ", " + column) + ": " + message});
}

} // namespace knotwork::app::export_format
