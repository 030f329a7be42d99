# Build habits shared by every target: ccache, warnings, sanitizers, and the two kinds of library
# (domain and outer layer) that enforce docs/ARCHITECTURE.md through include paths and link lists.

find_program(KNOTWORK_CCACHE ccache)
if(KNOTWORK_CCACHE)
    set(CMAKE_C_COMPILER_LAUNCHER ${KNOTWORK_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${KNOTWORK_CCACHE})
endif()

add_compile_options(-Wall -Wextra -Wpedantic)
# Optimised builds are what people run and what the Debian package ships, so they get the
# hardening Debian gives its own packages (dpkg-buildflags with hardening=+all). Debug builds are
# left alone: _FORTIFY_SOURCE needs optimisation, and the test builds keep their ccache hits.
set(knotwork_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
add_compile_definitions("$<${knotwork_optimised}:_FORTIFY_SOURCE=2>")
add_compile_options("$<${knotwork_optimised}:-fstack-protector-strong;-fstack-clash-protection;-fcf-protection;-Wformat;-Werror=format-security>")
add_link_options("$<${knotwork_optimised}:LINKER:-z,relro,-z,now>")
if(KNOTWORK_SANITIZE)
    # vptr checks need the typeinfo of every polymorphic class they meet, and Debian's SOCI does
    # not export that of its backend classes, so the link would fail; the rest of UBSan stays on.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Domain code must not see wx, SOCI, SQLite or libharu. wx headers are not on the default include
# path, so they already fail; the others live in /usr/include, so domain targets get a directory of
# same-named headers that stop the build with a message saying why.
set(KNOTWORK_LAYER_GUARD_DIR ${PROJECT_BINARY_DIR}/layer-guard)
foreach(header IN ITEMS soci/soci.h soci/session.h soci/sqlite3/soci-sqlite3.h
                        soci/postgresql/soci-postgresql.h sqlite3.h hpdf.h)
    file(WRITE ${KNOTWORK_LAYER_GUARD_DIR}/${header}
        "#error \"domain code must not include ${header}: storage belongs in db/ and PDF in reports/ (docs/ARCHITECTURE.md)\"\n")
endforeach()

# knotwork_domain_library(<name> SOURCES ... [DEPENDS ...])
# A library of modules/: standard library, Boost and fmt only, checked by the layer guard.
function(knotwork_domain_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPENDS")
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} BEFORE PRIVATE ${KNOTWORK_LAYER_GUARD_DIR})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/modules)
    target_link_libraries(${name} PUBLIC ${arg_DEPENDS})
endfunction()

# knotwork_embed_files(<target> FUNCTION <qualified::name> BASE_DIR <dir> FILES <relative paths>)
# Compiles the files' text into <target>; `std::span<const EmbeddedFile> name()` returns them,
# in the order given. Declare the function in a header of the target.
function(knotwork_embed_files target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "FUNCTION;BASE_DIR" "FILES")
    string(REGEX MATCH "^(.*)::([^:]+)$" _ ${arg_FUNCTION})
    set(namespace ${CMAKE_MATCH_1})
    set(function ${CMAKE_MATCH_2})
    set(output ${CMAKE_CURRENT_BINARY_DIR}/generated/${function}.cpp)
    set(inputs "")
    foreach(file IN LISTS arg_FILES)
        list(APPEND inputs ${arg_BASE_DIR}/${file})
    endforeach()
    string(REPLACE ";" "|" files "${arg_FILES}")
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DBASE_DIR=${arg_BASE_DIR} "-DFILES=${files}" -DOUTPUT=${output}
                -DNAMESPACE=${namespace} -DFUNCTION=${function}
                -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
        DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
        COMMENT "Embedding ${function}"
        VERBATIM)
    target_sources(${target} PRIVATE ${output})
endfunction()
