// The dictionary's words in a trie of flat arrays, for finding every word that starts at a character:
// the step segmentation takes at each character of every text. cppjieba's own trie keeps a hash map per
// node, and looking words up in those maps was about a quarter of segmentation's time. Here the first
// character is an index into an array and each further step one probe of a single open-addressed table.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <vector>

#include "cppjieba/Trie.hpp"

namespace newsgraph {

class WordTrie {
 public:
  using Rune = cppjieba::Rune;

  // Where a step lands: a node (0 = nowhere), whether it has children, and the word ending there (or null).
  struct Step {
    uint32_t node;
    bool hasChildren;
    const cppjieba::DictUnit* unit;
    double weight;  // unit's
  };

  WordTrie() : first_(kFirstRunes), table_(1u << 16), words_(1) {}

  // Adds unit's word; a word added again ends in the newer unit, as in cppjieba.
  void insert(const cppjieba::DictUnit* unit) {
    const cppjieba::Unicode& runes = unit->word;
    if (runes.empty()) return;
    Link* link = slot(0, runes[0]);
    for (size_t k = 1; k < runes.size(); k++) {
      link->node |= kHasChildren;
      link = slot(link->node & ~kHasChildren, runes[k]);
    }
    if (!link->word) {
      link->word = static_cast<uint32_t>(words_.size());
      words_.emplace_back();
    }
    words_[link->word] = Word{unit->weight, unit};
  }

  Step first(Rune rune) const { return at(rune < kFirstRunes ? &first_[rune] : find(0, rune)); }
  Step next(uint32_t node, Rune rune) const { return at(find(node, rune)); }

  // The word spelt by [begin, end), or null.
  const cppjieba::DictUnit* word(cppjieba::RuneStrArray::const_iterator begin, cppjieba::RuneStrArray::const_iterator end) const {
    if (begin == end) return nullptr;
    Step step = first(begin->rune);
    for (++begin; begin != end && step.hasChildren; ++begin) step = next(step.node, begin->rune);
    return begin == end ? step.unit : nullptr;
  }

 private:
  static const Rune kFirstRunes = 0x10000;  // the Basic Multilingual Plane: others go to the table
  static const uint32_t kHasChildren = 0x80000000u;

  struct Link {
    uint32_t node;  // 0: no link; the top bit says the node has children
    uint32_t word;  // index in words_, 0: no word ends here
  };
  struct Entry {
    uint64_t key;
    Link link;
  };
  struct Word {
    double weight;  // the unit's, kept beside it to spare a trip to the unit
    const cppjieba::DictUnit* unit;
  };

  static uint64_t keyOf(uint32_t parent, Rune rune) { return (static_cast<uint64_t>(parent) << 21) | rune; }
  size_t home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }

  Step at(const Link* link) const {
    if (!link || !link->node) return Step{0, false, nullptr, 0};
    const Word& word = words_[link->word];
    return Step{link->node & ~kHasChildren, (link->node & kHasChildren) != 0, word.unit, word.weight};
  }

  const Link* find(uint32_t parent, Rune rune) const {
    uint64_t key = keyOf(parent, rune);
    size_t mask = table_.size() - 1;
    for (size_t i = home(key);; i = (i + 1) & mask) {
      const Entry& entry = table_[i];
      if (!entry.link.node) return nullptr;
      if (entry.key == key) return &entry.link;
    }
  }

  // The link for (parent, rune), made (to a new node) if missing.
  Link* slot(uint32_t parent, Rune rune) {
    Link* link;
    if (parent == 0 && rune < kFirstRunes) {
      link = &first_[rune];
    } else {
      if (2 * (used_ + 1) > table_.size()) grow();
      uint64_t key = keyOf(parent, rune);
      size_t mask = table_.size() - 1;
      size_t i = home(key);
      while (table_[i].link.node && table_[i].key != key) i = (i + 1) & mask;
      if (!table_[i].link.node) {
        table_[i].key = key;
        used_++;
      }
      link = &table_[i].link;
    }
    if (!link->node) {
      // Node numbers share their word with the has-children bit: past 2^31 nodes they would run into it.
      if (nodes_ + 1 >= kHasChildren) throw std::length_error("too many words for the segmenter's trie");
      link->node = ++nodes_;
    }
    return link;
  }

  void grow() {
    std::vector<Entry> old(table_.size() * 2, Entry{0, Link{0, 0}});
    old.swap(table_);
    shift_--;
    size_t mask = table_.size() - 1;
    for (const Entry& entry : old) {
      if (!entry.link.node) continue;
      size_t i = home(entry.key);
      while (table_[i].link.node) i = (i + 1) & mask;
      table_[i] = entry;
    }
  }

  std::vector<Link> first_;
  std::vector<Entry> table_;
  std::vector<Word> words_;  // words_[0] stands for none
  unsigned shift_ = 64 - 16;
  size_t used_ = 0;
  uint32_t nodes_ = 0;
};

}  // namespace newsgraph
