// trimMemory(): give the memory malloc holds free back to the system (glibc's malloc_trim).
// Why: each worker thread's jieba dictionaries (~120 MB) are many small allocations in that thread's
// malloc arena; when the thread ends they are freed, but glibc keeps the fragmented arenas resident.
#include <node_api.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

static napi_value trim_memory(napi_env env, napi_callback_info info) {
  (void)info;
  bool trimmed = false;
#if defined(__GLIBC__)
  trimmed = malloc_trim(0) == 1;
#endif
  napi_value result;
  napi_get_boolean(env, trimmed, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "trimMemory", NAPI_AUTO_LENGTH, trim_memory, NULL, &fn);
  napi_set_named_property(env, exports, "trimMemory", fn);
  return exports;
}
