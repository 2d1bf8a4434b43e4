# Uses ccache when it is installed, unless a launcher was chosen already.
find_program(COMPTOIR_CCACHE ccache)
if(COMPTOIR_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${COMPTOIR_CCACHE}")
endif()
