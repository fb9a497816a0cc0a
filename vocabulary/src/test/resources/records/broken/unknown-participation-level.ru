# focus: https://sample-city.example/experiments/solar
# path: https://w3id.org/cailloux/ns#participationLevel
# rule: node
# message-fr: Ce niveau de participation n'existe pas : choisissez information, consultation, concertation, co-construction, co-décision ou initiative citoyenne.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { ?e cx:participationLevel ?l } ;
INSERT DATA { <https://sample-city.example/experiments/solar> cx:participationLevel <https://w3id.org/cailloux/scheme/participation-levels/expert-panel> }
