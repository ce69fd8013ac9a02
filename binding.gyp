{
  "targets": [
    {
      "target_name": "newsgraph_memory",
      "sources": ["native/memory.c"]
    },
    {
      "target_name": "newsgraph_jieba",
      "sources": ["native/jieba.cc"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++14"],
      "defines": ["LOGGING_LEVEL=LL_WARNING"],
      "include_dirs": [
        "node_modules/nodejieba/submodules/cppjieba/include",
        "node_modules/nodejieba/submodules/cppjieba/deps/limonp/include"
      ]
    }
  ]
}
