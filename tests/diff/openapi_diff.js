// Reads [[old, new], ...] OpenAPI 3.0 documents as JSON on stdin; prints one verdict per pair
// ({breaking, codes} or {error}) as a JSON array: openapi-diff's API, in one node process.
const openapiDiff = require("openapi-diff");

async function verdict([source, destination], index) {
  try {
    const result = await openapiDiff.diffSpecs({
      sourceSpec: { content: JSON.stringify(source), location: `old-${index}.json`, format: "openapi3" },
      destinationSpec: { content: JSON.stringify(destination), location: `new-${index}.json`, format: "openapi3" },
    });
    const codes = [...(result.breakingDifferences || []), ...(result.nonBreakingDifferences || []),
      ...(result.unclassifiedDifferences || [])].map((difference) => difference.code);
    return { breaking: result.breakingDifferencesFound, codes };
  } catch (error) {
    return { error: String(error) };
  }
}

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const pairs = JSON.parse(input);
  const verdicts = [];
  for (let index = 0; index < pairs.length; index += 1) verdicts.push(await verdict(pairs[index], index));
  process.stdout.write(JSON.stringify(verdicts));
});
