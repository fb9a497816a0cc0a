# focus: https://sample-city.example/experiments/solar#lesson-1
# path: https://w3id.org/cailloux/ns#lessonKind
# rule: node
# message-fr: Un enseignement est soit une réussite, soit une limite.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { <https://sample-city.example/experiments/solar#lesson-1> cx:lessonKind ?k } ;
INSERT DATA { <https://sample-city.example/experiments/solar#lesson-1> cx:lessonKind <https://w3id.org/cailloux/scheme/effect-types/trust> }
