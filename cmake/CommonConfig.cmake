# One place for strictness: every Comptoir target links comptoir_strict.
add_library(comptoir_strict INTERFACE)
add_library(Comptoir::Strict ALIAS comptoir_strict)

target_compile_features(comptoir_strict INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(comptoir_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    COMPTOIR_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(comptoir_strict INTERFACE /W4 /permissive- /utf-8)
    if(COMPTOIR_WERROR)
        target_compile_options(comptoir_strict INTERFACE /WX)
    endif()
else()
    target_compile_options(comptoir_strict INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(COMPTOIR_WERROR)
        target_compile_options(comptoir_strict INTERFACE -Werror)
    endif()
    if(COMPTOIR_SANITIZE)
        target_compile_options(comptoir_strict INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(comptoir_strict INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# comptoir_add_test(NAME name SOURCES ... LIBRARIES ... [WIDGETS] [LABELS ...] [TIMEOUT s])
# One QtTest executable per unit, registered with ctest, hermetic environment.
function(comptoir_add_test)
    cmake_parse_arguments(T "WIDGETS" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test comptoir_strict ${T_LIBRARIES})
    target_compile_definitions(${T_NAME} PRIVATE
        COMPTOIR_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        COMPTOIR_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=comptoir.*.debug=false")
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
