#include "common/stored_json.h"

namespace knotwork::json_io {

std::optional<simdjson::dom::element> parseStored(std::string_view text)
{
    // One parser per thread keeps its buffers from one body to the next.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (parser.parse(text.data(), text.size()).get(document) != simdjson::SUCCESS)
        return std::nullopt;
    return document;
}

} // namespace knotwork::json_io
