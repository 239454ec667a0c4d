# Maps PostGraphile's `data` for shape $q onto our schema's spelling of the same data, so both can be
# compared with the SQL twin: numeric ids -> global IDs (Base64 "Type:id"), PostGraphile cursors
# (Base64 ["primary_key_asc",[id]]) -> ours (Base64 "id"), text enums -> GraphQL enum values,
# flat *En columns -> LocalizedText { en }, link-table hops -> direct lists, BigFloat strings -> numbers.
def gid($type): "\($type):\(.)" | @base64;
def cursor: @base64d | fromjson | .[1][0] | tostring | @base64;

if $q == "q1" then
  .districts.nodes |= map(.id |= gid("District"))
elif $q == "q2" then
  .populationObservations.nodes |= map(.nationality |= {alpha3, name: {en: .nameEn}})
elif $q == "q3" then
  .districts.nodes |= map({
    id: (.id | gid("District")), name,
    programmes: {nodes: [.programmeDistricts.nodes[].programme | {
      id: (.id | gid("Programme")), name: {en: .nameEn}, status: (.status | ascii_upcase),
      sdgGoals: {nodes: [.programmeSdgGoals.nodes[].goal | {number, shortTitle: {en: .shortTitleEn}}]}
    }]}
  })
elif $q == "q4" then
  {node: (.programme | .id |= gid("Programme") | .category |= ascii_upcase | .status |= ascii_upcase)}
elif $q == "q6" then
  .indicatorObservations |= (
    .edges |= map(.cursor |= cursor
                  | .node |= (.id |= gid("IndicatorObservation") | .value |= tonumber | .areaLevel |= ascii_upcase))
    | .pageInfo.endCursor |= (if . == null then null else cursor end))
else . end
