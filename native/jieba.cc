// cppjieba (the C++ library inside nodejieba, same headers and dictionaries) with the calls the
// pipeline needs. Why not nodejieba itself: its tag() makes a JS object per word and its cut() a JS
// string per word, its load() builds a second dictionary trie for textRankExtract (which we never call),
// and it never frees either. Here a text's words come back as UTF-16 offsets and tag numbers in one
// Int32Array, cut as cppjieba's MixSegment cuts them but with the words looked up in a trie of flat arrays
// (word-trie.hpp), which takes segmentation to about half the time of nodejieba's cut. The dictionaries
// (~150 MB with that trie) are loaded once per process and shared by its threads: each
// thread holds them from load() to release() or its end, and the last one to let go frees them.
#include <node_api.h>

#include <exception>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cppjieba/Jieba.hpp"
#include "word-trie.hpp"

namespace {

// One set of dictionaries with the user words added to it. Segmenting only reads it, so threads segment at
// once under a shared lock; adding a word takes the lock alone.
struct Shared {
  Shared(const std::string (&paths)[5]) : jieba(paths[0], paths[1], paths[2], paths[3], paths[4]), hmm(jieba.GetHMMModel()) {
    cppjieba::RuneStrArray runes;
    cppjieba::DecodeUTF8RunesInString(cppjieba::SPECIAL_SEPARATORS, runes);
    for (const cppjieba::RuneStr& r : runes) separators.insert(r.rune);
    // The words of the dictionary files, each pointing to the entry cppjieba made of it (the last one, for
    // a word given twice): the main dictionary, then the user dictionaries, a list cppjieba splits at | or ;.
    std::vector<std::string> files = limonp::Split(paths[2], "|;");
    files.insert(files.begin(), paths[0]);
    for (const std::string& path : files) {
      std::ifstream file(path.c_str());
      std::string line;
      while (std::getline(file, line)) addWord(line.substr(0, line.find(' ')));
    }
  }
  void addWord(const std::string& word) {
    cppjieba::RuneStrArray runes;
    if (!cppjieba::DecodeUTF8RunesInString(word, runes)) return;
    const cppjieba::DictUnit* unit = jieba.GetDictTrie()->Find(runes.begin(), runes.end());
    if (unit) words.insert(unit);
  }
  cppjieba::Jieba jieba;
  cppjieba::HMMSegment hmm;
  // Where jieba splits a text before cutting its pieces.
  std::unordered_set<cppjieba::Rune> separators;
  newsgraph::WordTrie words;
  std::shared_timed_mutex lock;
  // A word added again (by another thread, or with another tag) keeps what it was first given.
  std::unordered_set<std::string> userWords;
};

// The dictionaries in use, by their paths. Left to the process's end on purpose: worker threads may
// still be letting go of theirs while static destructors run.
std::mutex registryLock;
std::map<std::string, std::weak_ptr<Shared>>& registry() {
  static auto* loaded = new std::map<std::string, std::weak_ptr<Shared>>();
  return *loaded;
}

struct Instance {
  std::shared_ptr<Shared> jieba;
  /** Counts loads: user words belong to one load, and every module copy in the thread sees the same count. */
  int32_t generation = 0;
  std::vector<std::string> tagNames;
  std::unordered_map<std::string, int32_t> tagIds;

  int32_t tagId(const std::string& name) {
    auto found = tagIds.find(name);
    if (found != tagIds.end()) return found->second;
    tagNames.push_back(name);
    return tagIds.emplace(name, static_cast<int32_t>(tagNames.size() - 1)).first->second;
  }
};

// A word of a text: its characters [left, right] and its dictionary entry (null if it has none).
struct Found {
  cppjieba::RuneStrArray::const_iterator left, right;
  const cppjieba::DictUnit* unit;
};

// The best cut of each position of a piece onwards, from the piece's end back (MPSegment's dynamic program).
struct Path {
  std::vector<double> weight;
  std::vector<const cppjieba::DictUnit*> unit;
  std::vector<uint32_t> length;
};

// One piece of text cut as cppjieba's MixSegment::Cut with HMM cuts it, with the same words: the most
// probable path through the dictionary's words, then each run of lone characters (but user words of one
// character) cut again by the HMM. Ties, order of candidates and arithmetic follow MPSegment's exactly.
void cutPiece(const Shared& shared, cppjieba::RuneStrArray::const_iterator begin, cppjieba::RuneStrArray::const_iterator end, Path& path, std::vector<Found>& out) {
  const size_t n = end - begin;
  if (n == 0) return;
  path.weight.resize(n);
  path.unit.resize(n);
  path.length.resize(n);
  const double minWeight = shared.jieba.GetDictTrie()->GetMinWeight();
  for (size_t i = n; i-- > 0;) {
    double best = cppjieba::MIN_DOUBLE;
    const cppjieba::DictUnit* bestUnit = nullptr;
    uint32_t bestLength = 1;
    newsgraph::WordTrie::Step step = shared.words.first(begin[i].rune);
    for (size_t j = i;;) {
      // A word [i, j]: the single character always, longer ones where the dictionary has them.
      if (j == i || step.unit) {
        double value = 0.0;
        if (j + 1 < n) value += path.weight[j + 1];
        value += step.unit ? step.weight : minWeight;
        if (value > best) {
          best = value;
          bestUnit = step.unit;
          bestLength = static_cast<uint32_t>(j - i + 1);
        }
      }
      if (++j >= n || j - i + 1 > cppjieba::MAX_WORD_LENGTH || !step.hasChildren) break;
      step = shared.words.next(step.node, begin[j].rune);
      if (!step.node) break;
    }
    path.weight[i] = best;
    path.unit[i] = bestUnit;
    path.length[i] = bestUnit ? bestLength : 1;
  }
  const cppjieba::DictTrie* dict = shared.jieba.GetDictTrie();
  std::vector<cppjieba::WordRange> hmmWords;
  for (size_t i = 0; i < n;) {
    size_t length = path.length[i];
    if (length > 1 || dict->IsUserDictSingleChineseWord(begin[i].rune)) {
      // A user word of one character whose path never beat MIN_DOUBLE (a user word of frequency 0 weighs
      // -inf) has no unit on the path, but its tag is still its dictionary's, as LookupTag finds it.
      const cppjieba::DictUnit* unit = path.unit[i] ? path.unit[i] : shared.words.first(begin[i].rune).unit;
      out.push_back(Found{begin + i, begin + i + length - 1, unit});
      i += length;
      continue;
    }
    size_t j = i + 1;
    while (j < n && path.length[j] == 1 && !dict->IsUserDictSingleChineseWord(begin[j].rune)) j++;
    hmmWords.clear();
    shared.hmm.Cut(begin + i, begin + j, hmmWords);
    for (const cppjieba::WordRange& w : hmmWords) out.push_back(Found{w.left, w.right, shared.words.word(w.left, w.right + 1)});
    i = j;
  }
}

// A word's tag as cppjieba's PosTagger::LookupTag gives it: its dictionary tag, else x, m (ASCII digits
// only) or eng, by PosTagger's SpecialRule over the word's characters.
const std::string& tagOf(const Found& word) {
  static const std::string x = "x", m = "m", eng = "eng";
  if (word.unit && !word.unit->tag.empty()) return word.unit->tag;
  size_t size = word.right - word.left + 1, ascii = 0, digits = 0;
  for (size_t i = 0; i < size && ascii < size / 2; i++) {
    cppjieba::Rune r = word.left[i].rune;
    if (r < 0x80) {
      ascii++;
      if ('0' <= r && r <= '9') digits++;
    }
  }
  if (ascii == 0) return x;
  return digits == ascii ? m : eng;
}

Instance* instance(napi_env env) {
  void* data = nullptr;
  napi_get_instance_data(env, &data);
  return static_cast<Instance*>(data);
}

bool stringArg(napi_env env, napi_value value, std::string& out) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, nullptr, 0, &length) != napi_ok) return false;
  out.resize(length + 1);  // room for the terminating NUL N-API writes
  size_t written = 0;
  if (napi_get_value_string_utf8(env, value, &out[0], out.size(), &written) != napi_ok) return false;
  out.resize(written);
  return true;
}

napi_value fail(napi_env env, const char* message) {
  napi_throw_error(env, nullptr, message);
  return nullptr;
}

// C++ exceptions (std::bad_alloc on a huge text, a malformed dictionary) become JS errors: one must not
// leave an N-API callback, where it would end the process.
template <typename F>
napi_value guarded(napi_env env, F body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return fail(env, e.what());
  } catch (...) {
    return fail(env, "the segmenter failed");
  }
}

template <size_t N>
bool args(napi_env env, napi_callback_info info, napi_value (&argv)[N]) {
  size_t argc = N;
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  return argc == N;
}

// load(dict, hmm, userDict, idf, stopWords): the paths must exist (cppjieba aborts the process otherwise).
napi_value load(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value argv[5];
    if (!args(env, info, argv)) return fail(env, "load takes five dictionary paths");
    std::string paths[5];
    for (int i = 0; i < 5; i++) {
      if (!stringArg(env, argv[i], paths[i])) return fail(env, "load takes five dictionary paths");
    }
    Instance* self = instance(env);
    self->jieba.reset();
    std::string key = paths[0] + '\n' + paths[1] + '\n' + paths[2] + '\n' + paths[3] + '\n' + paths[4];
    {
      // Held while loading: a thread starting meanwhile waits and takes the same dictionaries.
      std::lock_guard<std::mutex> guard(registryLock);
      std::weak_ptr<Shared>& slot = registry()[key];
      self->jieba = slot.lock();
      if (!self->jieba) slot = self->jieba = std::make_shared<Shared>(paths);
    }
    self->generation++;
    return nullptr;
  });
}

napi_value release(napi_env env, napi_callback_info info) {
  (void)info;
  instance(env)->jieba.reset();
  return nullptr;
}

// generation(): the number of the load in use, 0 when nothing is loaded.
napi_value generation(napi_env env, napi_callback_info info) {
  (void)info;
  Instance* self = instance(env);
  napi_value result;
  napi_create_int32(env, self->jieba ? self->generation : 0, &result);
  return result;
}

napi_value insertWord(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value argv[2];
    std::string word, tag;
    if (!args(env, info, argv) || !stringArg(env, argv[0], word) || !stringArg(env, argv[1], tag)) return fail(env, "insertWord takes a word and a tag");
    Instance* self = instance(env);
    if (!self->jieba) return fail(env, "insertWord before load");
    Shared& shared = *self->jieba;
    bool added;
    {
      // Most calls add a word another thread added already: checked without stopping the others.
      std::shared_lock<std::shared_timed_mutex> reading(shared.lock);
      added = shared.userWords.count(word) > 0;
    }
    if (!added) {
      std::unique_lock<std::shared_timed_mutex> writing(shared.lock);
      added = shared.userWords.count(word) > 0;
      if (!added && shared.jieba.InsertUserWord(word, tag)) {
        shared.addWord(word);
        added = shared.userWords.insert(word).second;
      }
    }
    napi_value result;
    napi_get_boolean(env, added, &result);
    return result;
  });
}

// tag(text) → Int32Array [start, end, tag number] per word: jieba's cut with HMM, each word tagged as
// cppjieba's PosTagger does (its dictionary tag, else x / m / eng), offsets in UTF-16 code units of text.
napi_value tag(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value argv[1];
    std::string text;
    if (!args(env, info, argv) || !stringArg(env, argv[0], text)) return fail(env, "tag takes a string");
    Instance* self = instance(env);
    if (!self->jieba) return fail(env, "tag before load");
    // Byte offset → UTF-16 offset: four-byte UTF-8 sequences are two code units.
    std::vector<int32_t> unit(text.size() + 1);
    int32_t at = 0;
    for (size_t i = 0; i < text.size(); i++) {
      unit[i] = at;
      unsigned char c = static_cast<unsigned char>(text[i]);
      if ((c & 0xC0) != 0x80) at += c >= 0xF0 ? 2 : 1;
    }
    unit[text.size()] = at;
    std::shared_lock<std::shared_timed_mutex> reading(self->jieba->lock);
    const Shared& shared = *self->jieba;
    // As Jieba::Cut with HMM: split at the separators, cut each piece; the words point into `filter`.
    cppjieba::PreFilter filter(shared.separators, text);
    std::vector<Found> words;
    words.reserve(text.size() / 2);
    Path path;
    while (filter.HasNext()) {
      cppjieba::PreFilter::Range piece = filter.Next();
      cutPiece(shared, piece.begin, piece.end, path, words);
    }
    napi_value buffer, array;
    void* data = nullptr;
    if (napi_create_arraybuffer(env, words.size() * 3 * sizeof(int32_t), &data, &buffer) != napi_ok) return fail(env, "no memory for the words of this text");
    int32_t* out = static_cast<int32_t*>(data);
    for (size_t k = 0; k < words.size(); k++) {
      const Found& w = words[k];
      out[3 * k] = unit[w.left->offset];
      out[3 * k + 1] = unit[w.right->offset + w.right->len];
      out[3 * k + 2] = self->tagId(tagOf(w));
    }
    if (napi_create_typedarray(env, napi_int32_array, words.size() * 3, buffer, 0, &array) != napi_ok) return fail(env, "no memory for the words of this text");
    return array;
  });
}

// tagName(n): the tag a tag number stands for (numbers are given in order of first use, per thread).
napi_value tagName(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  int32_t id = -1;
  if (!args(env, info, argv) || napi_get_value_int32(env, argv[0], &id) != napi_ok) return fail(env, "tagName takes a tag number");
  Instance* self = instance(env);
  if (id < 0 || static_cast<size_t>(id) >= self->tagNames.size()) return fail(env, "no such tag number");
  napi_value result;
  napi_create_string_utf8(env, self->tagNames[id].c_str(), self->tagNames[id].size(), &result);
  return result;
}

void finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  delete static_cast<Instance*>(data);
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_set_instance_data(env, new Instance(), finalize, nullptr);
  const struct {
    const char* name;
    napi_callback fn;
  } methods[] = {{"load", load}, {"release", release}, {"generation", generation}, {"insertWord", insertWord}, {"tag", tag}, {"tagName", tagName}};
  for (const auto& m : methods) {
    napi_value fn;
    napi_create_function(env, m.name, NAPI_AUTO_LENGTH, m.fn, nullptr, &fn);
    napi_set_named_property(env, exports, m.name, fn);
  }
  return exports;
}
