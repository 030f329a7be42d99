// measure add --from: an outcome measure (its answers scored by the validation).
#include "plans/plan_json.h"
#include "plans/plan_validation.h"
#include "tests/fuzz/fuzz_documents.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    fuzz::fuzzDocument<plans::OutcomeMeasure>(fuzz::asText(data, size), [](const plans::OutcomeMeasure& measure) {
        plans::validateMeasure(measure, fuzz::kFuzzToday);
    });
    return 0;
}
