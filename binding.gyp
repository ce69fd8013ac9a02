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
      "xcode_settings": { "GCC_ENABLE_CPP_EXCEPTIONS": "YES", "OTHER_CPLUSPLUSFLAGS": ["-std=c++14"] },
      "msvs_settings": { "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++14", "/utf-8"] } },
      "defines": ["LOGGING_LEVEL=LL_WARNING"],
      "include_dirs": [
        "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/include",
        "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/deps/limonp/include"
      ]
    }
  ]
}
