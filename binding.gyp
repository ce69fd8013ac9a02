{
  "targets": [
    {
      "target_name": "newsgraph_memory",
      "sources": ["native/memory.c"]
    }
  ]
}
