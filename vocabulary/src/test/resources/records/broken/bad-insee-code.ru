# focus: https://sample-city.example/territory
# path: http://rdf.insee.fr/def/geo#codeINSEE
# rule: pattern
# message-fr: Le code INSEE de la commune a cinq caractères, par exemple 62528 (2A ou 2B pour la Corse).
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { ?t igeo:codeINSEE ?c } ;
INSERT DATA { <https://sample-city.example/territory> igeo:codeINSEE "6252" }
