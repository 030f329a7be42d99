#pragma once
// What reading a JSON document gave, as text, to compare two readers of the same document
// (tests/common/test_stored_json.cpp, tests/fuzz/fuzz_stored_body.cpp). Header only: the fuzz
// targets include it without the test support library.

#include <string>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace knotwork::testing {

// `read` fills a default Record; the outcome is the record written back through `written`, or
// the refusal ("refused field|rule|message"), or nlohmann's parse error.
template <class Record, class Read, class Written>
std::string readOutcome(Read&& read, Written&& written)
{
    Record record{};
    try {
        read(record);
        return written(record).dump();
    } catch (const ValidationError& error) {
        const FieldProblem& problem = error.problems().front();
        return "refused " + problem.field + "|" + problem.rule + "|" + problem.message;
    } catch (const nlohmann::json::exception& error) {
        return std::string("not JSON ") + error.what();
    }
}

} // namespace knotwork::testing
