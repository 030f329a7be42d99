// client add --from: an intake document (client, intake, diagnoses, care team).
#include "clients/client_json.h"
#include "clients/validation.h"
#include "tests/fuzz/fuzz_documents.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    fuzz::fuzzDocument<clients::IntakeRecord>(fuzz::asText(data, size), [](const clients::IntakeRecord& record) {
        Validator validator;
        clients::validateIntake(record, fuzz::kFuzzToday, validator);
        validator.throwIfAny();
    });
    return 0;
}
