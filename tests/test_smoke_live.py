import httpx

from tests.conftest import LiveServer


def test_live_server_searches_the_corpus(live_server: LiveServer) -> None:
    response = httpx.get(f"{live_server.url}/v1/search", params={"q": "detainer"}, timeout=10)
    assert response.status_code == 200
    assert response.json()["total"] == 4
