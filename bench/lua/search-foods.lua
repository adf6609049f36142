-- GET /api/foods/search over queries a person types (typing in progress, typos, British spellings), in turn.
-- The bearer token comes from the environment: wrk -s search-foods.lua URL  with  BENCH_TOKEN set.
local queries = {
  "ba", "bana", "banana", "mil", "milk", "whole%20milk", "semi-skimmed%20milk", "spinich", "yoghurt", "courgette",
  "chicken%20breast", "brown%20rice", "peanut%20butter", "pumpkin%20seeds", "avacado", "sweet%20potato", "salmon",
  "oats", "porridge", "cheddar", "lentils", "black%20beans", "orange%20juice", "dark%20chocolate", "tea", "coffee",
}
local token = os.getenv("BENCH_TOKEN")
local i = 0

request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/api/foods/search?q=" .. q .. "&limit=10", { ["Authorization"] = "Bearer " .. token })
end
