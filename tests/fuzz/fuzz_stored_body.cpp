// The JSON columns Knotwork reads back (a note's body, a plan's, a template's, an intake, a
// measure's answers): read fast through simdjson (common/stored_json.h), each must give what the
// nlohmann reader gives, the same value or the same refusal, so a damaged body is reported as it
// always was.
#include <string>
#include <nlohmann/json.hpp>

#include "clients/client_json.h"
#include "plans/plan_json.h"
#include "sessions/session_json.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/read_outcome.h"

namespace knotwork::fuzz {
namespace {

using nlohmann::json;

template <class Record, class ReadText, class ReadJson, class Written>
void readAlike(std::string_view text, ReadText&& readText, ReadJson&& readJson, Written&& written)
{
    using testing::readOutcome;
    const std::string fast = readOutcome<Record>([&](Record& record) { readText(text, record); }, written);
    const std::string slow = readOutcome<Record>([&](Record& record) { readJson(json::parse(text), record); }, written);
    if (fast != slow)
        finding("read through simdjson: " + fast + "\nread through nlohmann: " + slow);
}

} // namespace
} // namespace knotwork::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    using fuzz::readAlike;
    const std::string_view text = fuzz::asText(data, size);
    readAlike<sessions::SoapNote>(
        text, [](std::string_view body, sessions::SoapNote& note) { sessions::readNoteBody(body, note); },
        [](const nlohmann::json& body, sessions::SoapNote& note) { sessions::readNoteBody(body, note); },
        sessions::noteBody);
    readAlike<plans::TreatmentPlan>(
        text, [](std::string_view body, plans::TreatmentPlan& plan) { plans::readPlanBody(body, plan); },
        [](const nlohmann::json& body, plans::TreatmentPlan& plan) { plans::readPlanBody(body, plan); },
        plans::planBody);
    readAlike<plans::PlanTemplate>(
        text, [](std::string_view body, plans::PlanTemplate& t) { plans::readTemplateBody(body, t); },
        [](const nlohmann::json& body, plans::PlanTemplate& t) { plans::readTemplateBody(body, t); },
        plans::templateBody);
    readAlike<plans::OutcomeMeasure>(
        text, [](std::string_view body, plans::OutcomeMeasure& m) { plans::readMeasureAnswers(body, m); },
        [](const nlohmann::json& body, plans::OutcomeMeasure& m) { plans::readMeasureAnswers(body, m); },
        plans::measureAnswers);
    readAlike<clients::Intake>(
        text, [](std::string_view body, clients::Intake& intake) { intake = clients::storedIntake(body); },
        [](const nlohmann::json& body, clients::Intake& intake) { intake = body.get<clients::Intake>(); },
        [](const clients::Intake& intake) { return nlohmann::json(intake); });
    return 0;
}
